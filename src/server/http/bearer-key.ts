import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Makes the embedded API require `Authorization: Bearer <key>` (PostHog's personal-key scheme), with
 * PostHog's 401 bodies. Compared in constant time.
 */
export function requireBearerKey(key: string): MiddlewareHandler {
  const expected = digest(key);
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      return c.json(
        {
          type: 'authentication_error',
          code: 'not_authenticated',
          detail: 'Authentication credentials were not provided.',
          attr: null,
        },
        401,
      );
    }
    const given = header.replace(/^Bearer\s+/i, '');
    if (!timingSafeEqual(digest(given), expected)) {
      return c.json(
        {
          type: 'authentication_error',
          code: 'authentication_failed',
          detail: 'Personal API key found in request Authorization header is invalid.',
          attr: null,
        },
        401,
      );
    }
    await next();
  };
}
