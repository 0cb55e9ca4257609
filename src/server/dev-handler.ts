import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApp } from './app';
import { loadConfig } from './config';
import { openSeededDatabase } from './seed/open-seeded';

/**
 * `npm run dev`: Vite hands every /api request here. One database and one app for the dev server's life,
 * kept on globalThis so Vite's module reloads don't open the file twice.
 */
const holder = globalThis as { __experimentConsoleDev?: ReturnType<typeof getRequestListener> };

function listener() {
  if (!holder.__experimentConsoleDev) {
    const config = loadConfig();
    const app = createApp({ db: openSeededDatabase(config.databaseFile) });
    holder.__experimentConsoleDev = getRequestListener(app.fetch);
  }
  return holder.__experimentConsoleDev;
}

export async function handleDevRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await listener()(req, res);
}
