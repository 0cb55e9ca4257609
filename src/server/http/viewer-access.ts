import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { permissionDenied } from './problem';

/** POSTs that only read: results and exposure queries. */
const READ_ONLY_POST = /^\/api\/(projects|environments)\/[^/]+\/query(\/|$)/;
const ACCESS_LEVEL = /"user_access_level":"[a-z_]+"/g;

const isWrite = (method: string, path: string) =>
  !['GET', 'HEAD', 'OPTIONS'].includes(method) && !READ_ONLY_POST.test(path);

/**
 * What a viewer's key may do, in one place: read everything, write nothing (PostHog's 403, before any
 * handler runs, so nothing is changed). Every object it reads says `user_access_level: "viewer"`, as
 * PostHog's own answers do for a viewer, so the console shows read-only pages.
 */
export function viewerAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.var.actor?.role !== 'viewer') return next();
    if (isWrite(c.req.method, c.req.path)) throw permissionDenied();
    await next();
    if (!c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const body = (await c.res.text()).replace(ACCESS_LEVEL, '"user_access_level":"viewer"');
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(body, { status: c.res.status, headers });
  };
}
