import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { notAuthenticated, problemResponse } from './problem';

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
      return problemResponse(
        notAuthenticated('not_authenticated', 'Authentication credentials were not provided.'),
      );
    }
    const given = header.replace(/^Bearer\s+/i, '');
    if (!timingSafeEqual(digest(given), expected)) {
      return problemResponse(
        notAuthenticated(
          'authentication_failed',
          'Personal API key found in request Authorization header is invalid.',
        ),
      );
    }
    await next();
  };
}
