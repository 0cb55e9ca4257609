import { resolve } from 'node:path';
import { loadConfig, type ServerConfig } from '../config';
import type { Db } from '../db/connection';
import { serveWithLimits } from '../http/serve';
import { resolveProject } from '../proxy/proxy-app';
import { openSeededDatabase } from '../seed/open-seeded';
import { createServerApp, type Backend } from '../server-app';
import { buildIfNeeded } from './build-if-needed';

const UPSTREAM_TIMEOUT_MS = 10_000;

async function openBackend(config: ServerConfig): Promise<Backend> {
  if (!config.posthog) {
    return {
      mode: 'embedded',
      db: openSeededDatabase(config.databaseFile),
      apiKey: config.embeddedApiKey,
      personalKeys: config.personalKeys,
    };
  }
  const connection = {
    host: config.posthog.host,
    apiKey: config.posthog.apiKey,
    timeoutMs: UPSTREAM_TIMEOUT_MS,
    fetch,
  };
  const project = await resolveProject(connection, config.posthog.projectId);
  return { mode: 'posthog', upstream: connection, project };
}

/** `npm start`: one process serving the built SPA and the API (embedded, or a PostHog proxy) on one origin. */
async function main() {
  // React renders pages here (src/server/ssr): its production build, not the slow checking one.
  process.env.NODE_ENV ??= 'production';
  const config = loadConfig();
  if (config.unauthenticatedOffLoopback) {
    console.warn(
      `WARNING: ALLOW_UNAUTHENTICATED=true and HOST=${config.host}: anyone who can reach port ${config.port} can use this console${config.posthog ? ' with its PostHog key' : ''}. Nothing asks who they are.`,
    );
  }
  const root = resolve(import.meta.dirname, '../../..');
  // DIST_DIR lets parallel test servers each build and serve their own copy.
  const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');
  await buildIfNeeded(root, distDir);
  const backend = await openBackend(config);
  const db: Db | undefined = backend.mode === 'embedded' ? backend.db : undefined;
  const app = createServerApp(config, backend, distDir, { renderPages: true });

  // Timeouts and connection caps (src/server/http/limits.ts): a slow or flooding client cannot hold it.
  const server = serveWithLimits(app, { port: config.port, hostname: config.host }, (info) => {
    console.log(`Experiment Console is running at http://${config.host}:${info.port}/experiments`);
    console.log(
      backend.mode === 'embedded'
        ? `Embedded API, database ${config.databaseFile}${backend.apiKey ? ' (bearer key required)' : backend.personalKeys ? " (each user's personal API key required: npm run users)" : ''}`
        : `PostHog proxy to ${backend.upstream.host}, project "${backend.project.name}" (${backend.project.id})`,
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use. Stop the other process or set PORT to another port.`
        : `Could not start the server: ${error.message}`,
    );
    db?.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing open requests and closing the database…`);
    const exit = () => {
      if (db?.open) db.close();
      process.exit(0);
    };
    server.close(exit);
    // Keep-alive connections would hold close() open; don't wait for them forever.
    setTimeout(exit, 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
