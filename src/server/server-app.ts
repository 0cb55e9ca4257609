import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from './app';
import type { ServerConfig } from './config';
import type { Db } from './db/connection';
import { findKeyOwner } from './auth/personal-api-keys';
import { requireBearer, requireBearerKey } from './http/bearer-key';
import { acceptsGzip } from './http/compressible-text';
import { clientAddress, fairShare, isLoopback } from './http/fair-share';
import { CLIENT_REQUESTS_IN_PROGRESS, PROXY_CLIENT_REQUESTS_IN_PROGRESS } from './http/limits';
import { ownHostNames, requestGuard } from './http/request-guard';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
} from './http/security-headers';
import type { Upstream } from './proxy/forward';
import { createProxyApp, type ProxyProject } from './proxy/proxy-app';
import { createPageRenderer, dataVersion } from './ssr/page-renderer';
import { readIndexHtml, staticSite } from './static-site';

export type Backend =
  | { mode: 'embedded'; db: Db; apiKey?: string; personalKeys?: boolean }
  | { mode: 'posthog'; upstream: Upstream; project: ProxyProject };

type Config = Pick<ServerConfig, 'host' | 'port' | 'allowedHosts'>;

/**
 * The origin links in responses are built from (`next`/`previous`): the configured one, never the request
 * line's (an absolute-form request could name any host). A wildcard bind is reached on loopback.
 */
export function publicOrigin(config: Config): string {
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${config.allowedHosts[0] ?? `${host}:${config.port}`}`;
}

/**
 * The whole served process: security headers on every answer, the request guard, fair sharing between
 * clients, then the API (embedded or PostHog proxy), then the built SPA when a dist folder is given.
 */
export interface ServerAppOptions {
  /** Render the dashboard and experiment pages on the server for their first view (`npm start`). */
  renderPages?: boolean;
}

export function createServerApp(
  config: Config,
  backend: Backend,
  distDir?: string,
  { renderPages = false }: ServerAppOptions = {},
) {
  // Not strict: PostHog answers with and without the trailing slash.
  const app = new Hono({ strict: false });
  const scriptHashes = distDir ? inlineScriptHashes(readIndexHtml(distDir)) : [];
  app.use('*', securityHeaders(contentSecurityPolicy(scriptHashes)));
  app.use('*', requestGuard(ownHostNames(config.host, config.port, config.allowedHosts)));
  // A page of experiments is ~3 kB each as JSON and a tenth of that gzipped: a reader across a network
  // waits on it. Not on loopback, where it only costs CPU (a dashboard search asks for ~1 MB of lists,
  // ~50 ms of gzip), and only for clients that take gzip: the middleware reshapes every response it sees
  // (a Vary header), which halved the throughput of clients that never asked.
  const gzipJson = compress({ encoding: 'gzip', contentTypeFilter: /^application\/json/ });
  app.use('/api/*', (c, next) =>
    acceptsGzip(c.req.header('accept-encoding')) && !isLoopback(clientAddress(c))
      ? gzipJson(c, next)
      : next(),
  );
  let api: Pick<Hono, 'request'>;
  if (backend.mode === 'posthog') {
    // Proxied requests mostly wait on PostHog, not on this process: a page's parallel reads may all run.
    app.use('*', fairShare(PROXY_CLIENT_REQUESTS_IN_PROGRESS));
    const proxy = createProxyApp(backend.upstream, backend.project);
    app.route('/', proxy);
    api = proxy;
  } else {
    app.use('*', fairShare(CLIENT_REQUESTS_IN_PROGRESS));
    if (backend.apiKey) app.use('/api/*', requireBearerKey(backend.apiKey));
    else if (backend.personalKeys) {
      const { db } = backend;
      app.use(
        '/api/*',
        requireBearer((key) => findKeyOwner(db, key)),
      );
    }
    const embedded = createApp({ db: backend.db, origin: publicOrigin(config) });
    app.route('/', embedded);
    api = embedded;
  }
  if (distDir) {
    // Not when the API needs a key: a rendered page would show, without one, what the API keeps behind it.
    const ssr =
      renderPages && !(backend.mode === 'embedded' && (backend.apiKey || backend.personalKeys))
        ? createPageRenderer(
            readIndexHtml(distDir),
            (path, init) => api.request(path, init),
            dataVersion(backend.mode === 'embedded' ? backend.db : undefined),
          )
        : undefined;
    // Failures surface per request (static-site.ts serves the plain app); none may go unhandled meanwhile.
    ssr?.catch(() => undefined);
    app.route('/', staticSite(distDir, ssr));
  }
  return app;
}
