import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { notAuthenticated, problemResponse } from './problem';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Makes the embedded API require `Authorization: Bearer <key>` (PostHog's personal-key scheme), with
 * PostHog's 401 bodies. Compared in constant time. A header in another scheme (or the bare key) carries no
 * credentials PostHog would read: "not provided", as PostHog answers.
 */
export function requireBearerKey(key: string): MiddlewareHandler {
  const expected = digest(key);
  return async (c, next) => {
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (given === undefined) {
      return problemResponse(
        notAuthenticated('not_authenticated', 'Authentication credentials were not provided.'),
      );
    }
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
