import { resolve } from 'node:path';
import { sessionSecret } from '../auth/session-secret';
import { openSessionStore, type SessionStore } from '../auth/session-store';
import { loadConfig, type ServerConfig, type SignInConfig } from '../config';
import type { Db } from '../db/connection';
import { serveWithLimits } from '../http/serve';
import { resolveProject } from '../proxy/proxy-app';
import { openSeededDatabase } from '../seed/open-seeded';
import { createServerApp, type Backend } from '../server-app';
import { buildIfNeeded } from './build-if-needed';

const UPSTREAM_TIMEOUT_MS = 10_000;

async function openBackend(config: ServerConfig): Promise<Backend> {
  const sessions =
    config.signIn &&
    openSessions(config.signIn, config.posthog ? `posthog ${config.posthog.host}` : 'embedded');
  if (!config.posthog) {
    return {
      mode: 'embedded',
      db: openSeededDatabase(config.databaseFile),
      apiKey: config.embeddedApiKey,
      sessions,
    };
  }
  const base = { host: config.posthog.host, timeoutMs: UPSTREAM_TIMEOUT_MS, fetch };
  // With sign-in there is no server key to ask PostHog with: each person's key is checked as they sign in.
  if (sessions)
    return { mode: 'posthog', upstream: base, projectId: config.posthog.projectId, sessions };
  const upstream = { ...base, apiKey: config.posthog.apiKey };
  const project = await resolveProject(upstream, config.posthog.projectId);
  return { mode: 'posthog', upstream, project };
}

function openSessions(signIn: SignInConfig, scope: string): SessionStore {
  const store = openSessionStore(signIn.sessionsFile, sessionSecret(signIn.secret), {
    ...signIn,
    scope,
  });
  store.sweep();
  // Expired rows are refused when used; this only keeps the file from growing with abandoned ones.
  setInterval(() => store.sweep(), 3_600_000).unref();
  return store;
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
  const closeAll = () => {
    if (db?.open) db.close();
    backend.sessions?.close();
  };
  const app = createServerApp(config, backend, distDir, { renderPages: true });

  // Timeouts and connection caps (src/server/http/limits.ts): a slow or flooding client cannot hold it.
  const server = serveWithLimits(app, { port: config.port, hostname: config.host }, (info) => {
    const address = config.publicUrl?.origin ?? `http://${config.host}:${info.port}`;
    console.log(`Experiment Console is running at ${address}/experiments`);
    console.log(
      backend.mode === 'embedded'
        ? `Embedded API, database ${config.databaseFile}${backend.apiKey ? ' (bearer key required)' : backend.sessions ? ' (people sign in with their personal API keys: npm run users)' : ''}`
        : `PostHog proxy to ${backend.upstream.host}, ${backend.sessions ? 'each person signed in with their own key' : `project "${backend.project.name}" (${backend.project.id})`}`,
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use. Stop the other process or set PORT to another port.`
        : `Could not start the server: ${error.message}`,
    );
    closeAll();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing open requests and closing the database…`);
    const exit = () => {
      closeAll();
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
