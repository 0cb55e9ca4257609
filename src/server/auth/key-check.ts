import type { Db } from '../db/connection';
import type { Upstream } from '../proxy/forward';
import { resolveProject } from '../proxy/proxy-app';
import { findKeyOwner } from './personal-api-keys';
import type { SessionProject } from './session-store';

/**
 * What a sign-in learns of a key: whom it belongs to (for the log line) and, in PostHog mode, the project
 * the person will work in. `refused` carries the sentence the sign-in screen shows; `unavailable` is the
 * key's checker failing (PostHog unreachable), which is not the person's failed attempt.
 */
export type KeyCheck =
  | { ok: true; who: string; project?: SessionProject }
  | { ok: false; refused: string }
  | { ok: false; unavailable: string };

export type CheckKey = (key: string) => Promise<KeyCheck>;

/** The embedded server: a key that `npm run users` issued. */
export function embeddedKeyCheck(db: Db): CheckKey {
  return async (key) => {
    const owner = findKeyOwner(db, key);
    return owner
      ? { ok: true, who: `user ${owner.userId} (${owner.role})` }
      : {
          ok: false,
          refused:
            'This server does not know that key. Ask whoever runs it for one (npm run users -- add).',
        };
  };
}

/** PostHog: the key must answer `users/@me/` and see the project the console is set to (or any). */
export function postHogKeyCheck(
  upstream: Omit<Upstream, 'apiKey'>,
  projectId: number | undefined,
): CheckKey {
  return async (key) => {
    let me: Response;
    try {
      me = await upstream.fetch(new URL('/api/users/@me/', upstream.host), {
        headers: { authorization: `Bearer ${key}`, accept: 'application/json' },
        signal: AbortSignal.timeout(upstream.timeoutMs),
      });
    } catch {
      return { ok: false, unavailable: `Could not reach PostHog at ${upstream.host}. Try again.` };
    }
    if (me.status === 401 || me.status === 403) {
      return {
        ok: false,
        refused: `PostHog did not accept this key. Check that you copied all of it and that it has the user:read scope.`,
      };
    }
    if (!me.ok) {
      return { ok: false, unavailable: `PostHog answered ${me.status}. Try again in a moment.` };
    }
    const who = ((await me.json().catch(() => ({}))) as { email?: unknown }).email;
    try {
      const project = await resolveProject({ ...upstream, apiKey: key }, projectId);
      return { ok: true, who: typeof who === 'string' ? who : 'a PostHog user', project };
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof SyntaxError) {
        return { ok: false, unavailable: 'PostHog’s answer could not be read. Try again.' };
      }
      return message.startsWith('Could not reach')
        ? { ok: false, unavailable: message }
        : { ok: false, refused: message.replace('POSTHOG_PERSONAL_API_KEY', 'this key') };
    }
  };
}
