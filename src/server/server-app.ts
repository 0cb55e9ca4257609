import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from './app';
import type { ServerConfig } from './config';
import type { Db } from './db/connection';
import { embeddedKeyCheck, postHogKeyCheck } from './auth/key-check';
import { findKeyOwner } from './auth/personal-api-keys';
import type { SessionStore } from './auth/session-store';
import { requireSession, signInRoutes, type SignInOptions } from './auth/sign-in';
import { signInThrottle } from './auth/sign-in-throttle';
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
import {
  createProxyApp,
  serverKeyAccess,
  sessionAccess,
  type ProxyProject,
} from './proxy/proxy-app';
import { createPageRenderer, dataVersion } from './ssr/page-renderer';
import { readIndexHtml, staticSite } from './static-site';

/** `sessions`: sign-in is on (AUTH=personal-key), and every request acts as the signed-in person. */
export type Backend =
  | { mode: 'embedded'; db: Db; apiKey?: string; sessions?: SessionStore }
  | { mode: 'posthog'; upstream: Upstream; project: ProxyProject; sessions?: undefined }
  | {
      mode: 'posthog';
      upstream: Omit<Upstream, 'apiKey'>;
      projectId?: number;
      sessions: SessionStore;
    };

type Config = Pick<ServerConfig, 'host' | 'port' | 'allowedHosts'> &
  Partial<Pick<ServerConfig, 'publicUrl' | 'trustProxy'>>;

/**
 * The origin links in responses are built from (`next`/`previous`): the configured one, never the request
 * line's (an absolute-form request could name any host). A wildcard bind is reached on loopback.
 */
export function publicOrigin(config: Config): string {
  if (config.publicUrl) return config.publicUrl.origin;
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${config.allowedHosts[0] ?? `${host}:${config.port}`}`;
}

/** The Host values the console answers to: its own names, and PUBLIC_URL's as a reverse proxy sends it. */
function hostNames(config: Config): string[] {
  const names = ownHostNames(config.host, config.port, config.allowedHosts);
  return config.publicUrl ? [...names, config.publicUrl.host] : names;
}

/** Sign-in's parts for this backend: how a key is checked, and (embedded) who it acts as. */
function signInOptions(config: Config, backend: Backend, sessions: SessionStore): SignInOptions {
  const common = {
    sessions,
    throttle: signInThrottle(),
    cookie: {
      secure: config.publicUrl?.protocol === 'https:',
      maxAgeSeconds: Math.floor(sessions.lifetimes.absoluteMs / 1000),
    },
    trustProxy: config.trustProxy ?? false,
    log: (line: string) => console.log(line),
  };
  if (backend.mode === 'embedded') {
    const { db } = backend;
    return {
      ...common,
      mode: 'embedded',
      host: null,
      checkKey: embeddedKeyCheck(db),
      identify: (key) => findKeyOwner(db, key),
    };
  }
  const projectId = 'projectId' in backend ? backend.projectId : undefined;
  return {
    ...common,
    mode: 'posthog',
    host: new URL(backend.upstream.host).host,
    checkKey: postHogKeyCheck(backend.upstream, projectId),
  };
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
  const indexHtml = distDir ? readIndexHtml(distDir) : '';
  const scriptHashes = inlineScriptHashes(indexHtml);
  app.use('*', securityHeaders(contentSecurityPolicy(scriptHashes)));
  app.use('*', requestGuard(hostNames(config)));
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
  // Proxied requests mostly wait on PostHog, not on this process: a page's parallel reads may all run.
  app.use(
    '*',
    fairShare(
      backend.mode === 'posthog' ? PROXY_CLIENT_REQUESTS_IN_PROGRESS : CLIENT_REQUESTS_IN_PROGRESS,
      undefined,
      config.trustProxy,
    ),
  );
  const signIn = backend.sessions ? signInOptions(config, backend, backend.sessions) : undefined;
  if (signIn) {
    app.route('/', signInRoutes(signIn));
    app.use('/api/*', requireSession(signIn));
  }
  let api: Pick<Hono, 'request'>;
  if (backend.mode === 'posthog') {
    const proxy = createProxyApp(
      backend.upstream.host,
      backend.sessions
        ? sessionAccess(backend.upstream, backend.sessions)
        : serverKeyAccess(backend.upstream, backend.project),
    );
    app.route('/', proxy);
    api = proxy;
  } else {
    const { db } = backend;
    // With sign-in, API clients (and a console in front of this one) may still send a key themselves.
    if (backend.apiKey) app.use('/api/*', requireBearerKey(backend.apiKey));
    else if (signIn)
      app.use(
        '/api/*',
        requireBearer((key) => findKeyOwner(db, key)),
      );
    const embedded = createApp({
      db,
      origin: publicOrigin(config),
      signIn: !!signIn,
    });
    app.route('/', embedded);
    api = embedded;
  }
  if (distDir) {
    // Not when the API needs a key: a rendered page would show, without one, what the API keeps behind it.
    const ssr =
      renderPages && !signIn && !(backend.mode === 'embedded' && backend.apiKey)
        ? createPageRenderer(
            indexHtml,
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
