import type { MiddlewareHandler } from 'hono';
import { isIngestionPath } from '../ingest/ingest-paths';
import { permissionDenied, problemResponse } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Protects a server bound to loopback from web pages the user visits:
 * - DNS rebinding: a request whose Host is not one of the server's own names is refused, and so is an
 *   absolute-form request line (`GET http://elsewhere/…`) naming another host, which Node prefers to Host;
 * - cross-site writes: a state-changing request from another origin (Origin or Sec-Fetch-Site) is refused,
 *   so no page can drive the API (and the PostHog key behind it) with the user's browser. PostHog's
 *   ingestion paths are the exception: SDKs on any site send to them, with the project token as credential.
 */
export function requestGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  const forbidden = (detail: string) => problemResponse(permissionDenied(detail));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts.has(host))
      return forbidden(`Host "${host}" is not allowed. Open the console at its own address.`);
    const target = new URL(c.req.url).host.toLowerCase();
    if (target !== host && !hosts.has(target))
      return forbidden(`Host "${target}" is not allowed. Open the console at its own address.`);
    if (!SAFE_METHODS.has(c.req.method) && !isIngestionPath(c.req.path)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const sameOrigin = !origin || origin.toLowerCase().replace(/^https?:\/\//, '') === host;
      if (!sameOrigin || site === 'cross-site' || site === 'same-site') {
        return forbidden('Cross-origin requests that change data are not allowed.');
      }
    }
    await next();
  };
}

/** The names a server listening on host:port answers to. */
export function ownHostNames(host: string, port: number, extra: readonly string[] = []): string[] {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]', ...extra]);
  return [...names].flatMap((name) => [`${name}:${port}`, ...(port === 80 ? [name] : [])]);
}
