import { Hono } from 'hono';
import { createApp } from './app';
import type { ServerConfig } from './config';
import type { Db } from './db/connection';
import { requireBearerKey } from './http/bearer-key';
import { fairShare } from './http/fair-share';
import { CLIENT_REQUESTS_IN_PROGRESS, PROXY_CLIENT_REQUESTS_IN_PROGRESS } from './http/limits';
import { ownHostNames, requestGuard } from './http/request-guard';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
} from './http/security-headers';
import type { Upstream } from './proxy/forward';
import { createProxyApp, type ProxyProject } from './proxy/proxy-app';
import { readIndexHtml, staticSite } from './static-site';

export type Backend =
  | { mode: 'embedded'; db: Db; apiKey?: string }
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
export function createServerApp(config: Config, backend: Backend, distDir?: string) {
  // Not strict: PostHog answers with and without the trailing slash.
  const app = new Hono({ strict: false });
  const scriptHashes = distDir ? inlineScriptHashes(readIndexHtml(distDir)) : [];
  app.use('*', securityHeaders(contentSecurityPolicy(scriptHashes)));
  app.use('*', requestGuard(ownHostNames(config.host, config.port, config.allowedHosts)));
  if (backend.mode === 'posthog') {
    // Proxied requests mostly wait on PostHog, not on this process: a page's parallel reads may all run.
    app.use('*', fairShare(PROXY_CLIENT_REQUESTS_IN_PROGRESS));
    app.route('/', createProxyApp(backend.upstream, backend.project));
  } else {
    app.use('*', fairShare(CLIENT_REQUESTS_IN_PROGRESS));
    if (backend.apiKey) app.use('/api/*', requireBearerKey(backend.apiKey));
    app.route('/', createApp({ db: backend.db, origin: publicOrigin(config) }));
  }
  if (distDir) app.route('/', staticSite(distDir));
  return app;
}
