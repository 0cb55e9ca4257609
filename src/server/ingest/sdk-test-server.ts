import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { ensureBaseData } from '../seed/base';
import { createServerApp } from '../server-app';

export interface RunningServer {
  url: string;
  db: Db;
  /** Every request received: what the SDK under test actually sent. */
  requests: { method: string; path: string; contentEncoding: string | null }[];
  stop: () => Promise<void>;
}

/**
 * The served process (request guard, API, ingestion) listening on a free loopback port, on a fresh SQLite
 * file: what a real SDK talks to over HTTP. The port is known only once listening, and the guard needs it
 * for its Host check, so the app is built then.
 */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-console-sdk-'));
  const db = openDatabase(join(dir, 'sdk.sqlite'));
  ensureBaseData(db);
  const built: { app?: ReturnType<typeof createServerApp> } = {};
  const requests: RunningServer['requests'] = [];
  const server = serve({
    fetch: (request) => {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        path: url.pathname + url.search,
        contentEncoding: request.headers.get('content-encoding'),
      });
      return built.app ? built.app.fetch(request) : new Response(null, { status: 503 });
    },
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  built.app = createServerApp(
    { host: '127.0.0.1', port, allowedHosts: [] },
    { mode: 'embedded', db },
  );
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // Keep-alive sockets of the SDK would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
