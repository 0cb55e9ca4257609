import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { KeyOwner } from '../auth/personal-api-keys';
import type { AppEnv } from './env';
import { notAuthenticated, problemResponse } from './problem';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Who a key acts as; a key that is not known is refused. */
export type IdentifyKey = (key: string) => KeyOwner | undefined;

/**
 * Makes the embedded API require `Authorization: Bearer <key>` (PostHog's personal-key scheme), with
 * PostHog's 401 bodies, and records whose key it is for the request. A header in another scheme (or the
 * bare key) carries no credentials PostHog would read: "not provided", as PostHog answers.
 */
export function requireBearer(identify: IdentifyKey): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A signed-in person's session already said who acts (auth/sign-in.ts).
    if (c.var.actor) return next();
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (given === undefined) {
      return problemResponse(
        notAuthenticated('not_authenticated', 'Authentication credentials were not provided.'),
      );
    }
    const owner = identify(given);
    if (!owner) {
      return problemResponse(
        notAuthenticated(
          'authentication_failed',
          'Personal API key found in request Authorization header is invalid.',
        ),
      );
    }
    c.set('actor', owner);
    await next();
  };
}

/** One server-wide key (`EMBEDDED_API_KEY`), compared in constant time; it acts as the demo user. */
export function requireBearerKey(key: string): MiddlewareHandler<AppEnv> {
  const expected = digest(key);
  const demoUser: KeyOwner = { userId: 1, role: 'member' };
  return requireBearer((given) =>
    timingSafeEqual(digest(given), expected) ? demoUser : undefined,
  );
}
