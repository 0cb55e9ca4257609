import { Hono } from 'hono';
import { createApp } from './app';
import type { ServerConfig } from './config';
import type { Db } from './db/connection';
import { requireBearerKey } from './http/bearer-key';
import { ownHostNames, requestGuard } from './http/request-guard';
import type { Upstream } from './proxy/forward';
import { createProxyApp, type ProxyProject } from './proxy/proxy-app';
import { staticSite } from './static-site';

export type Backend =
  | { mode: 'embedded'; db: Db; apiKey?: string }
  | { mode: 'posthog'; upstream: Upstream; project: ProxyProject };

/**
 * The whole served process: the request guard in front, then the API (embedded or PostHog proxy), then the
 * built SPA when a dist folder is given.
 */
export function createServerApp(
  config: Pick<ServerConfig, 'host' | 'port' | 'allowedHosts'>,
  backend: Backend,
  distDir?: string,
) {
  // Not strict: PostHog answers with and without the trailing slash.
  const app = new Hono({ strict: false });
  app.use('*', requestGuard(ownHostNames(config.host, config.port, config.allowedHosts)));
  if (backend.mode === 'posthog') {
    app.route('/', createProxyApp(backend.upstream, backend.project));
  } else {
    if (backend.apiKey) app.use('/api/*', requireBearerKey(backend.apiKey));
    app.route('/', createApp({ db: backend.db }));
  }
  if (distDir) app.route('/', staticSite(distDir));
  return app;
}
