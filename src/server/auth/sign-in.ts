import { SignInRequest, type SessionCode, type SignInInfo } from '@/shared';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env';
import { requestingClient, throttled } from '../http/fair-share';
import { readBounded } from '../http/json-body-guard';
import { ApiProblem, problemResponse, validationError } from '../http/problem';
import type { KeyOwner } from './personal-api-keys';
import type { CheckKey } from './key-check';
import { readSessionCookie, sessionCookie, type CookieSettings } from './session-cookie';
import type { SessionEnd, SessionStore } from './session-store';
import type { SignInThrottle } from './sign-in-throttle';

export interface SignInOptions {
  mode: 'embedded' | 'posthog';
  /** PostHog's host name, for the sign-in screen's note on where keys are made. */
  host: string | null;
  sessions: SessionStore;
  checkKey: CheckKey;
  throttle: SignInThrottle;
  cookie: CookieSettings;
  /** Behind a reverse proxy (TRUST_PROXY=true) the client is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Embedded mode: who a key acts as, read on every request (a revoked key ends its sessions). */
  identify?: (key: string) => KeyOwner | undefined;
  /** One line per sign-in and refusal; never the key. */
  log: (line: string) => void;
}

const SIGN_IN_PATH = '/api/console/sign-in';
const SIGN_OUT_PATH = '/api/console/sign-out';
/** A sign-in body is one key: anything near this size is not one. */
const MAX_SIGN_IN_BODY_BYTES = 4096;

const SESSION_DETAIL: Record<SessionCode, string> = {
  session_required: 'Sign in to use the console.',
  session_expired: 'Your session expired. Sign in again to carry on where you were.',
  session_revoked:
    'Your personal API key is no longer accepted (it may have been revoked), so you were signed out. Sign in with a valid key.',
};

function sessionProblem(code: SessionCode): ApiProblem {
  return new ApiProblem(401, {
    type: 'authentication_error',
    code,
    detail: SESSION_DETAIL[code],
    attr: null,
  });
}

const ended = (end: SessionEnd): SessionCode =>
  end === 'expired' ? 'session_expired' : 'session_required';

/**
 * Sign-in with a personal API key: `POST /api/console/sign-in` checks the key (against PostHog, or the
 * embedded server's users), keeps it sealed server-side, and answers with an opaque HttpOnly session
 * cookie; `POST /api/console/sign-out` deletes the session at once. `GET /api/console/sign-in` is what
 * the sign-in screen may know before anyone has signed in.
 */
export function signInRoutes(options: SignInOptions) {
  const { sessions, throttle, cookie, log } = options;
  const app = new Hono<AppEnv>({ strict: false });

  app.get(SIGN_IN_PATH, (c) => {
    const id = readSessionCookie(c, cookie);
    const found = id ? sessions.find(id) : 'unknown';
    return c.json<SignInInfo>({
      mode: options.mode,
      host: options.host,
      signed_in: typeof found !== 'string',
    });
  });

  app.post(SIGN_IN_PATH, async (c) => {
    const address = requestingClient(c, options.trustProxy);
    const wait = throttle.waitSeconds(address);
    if (wait > 0) {
      log(`Sign-in refused for ${address}: too many failed attempts (retry in ${wait} s)`);
      return throttled(wait, 'Too many failed sign-ins from your address.');
    }
    // A failure until the key proves good: attempts sent at once are all counted before any is checked.
    const notAFailure = throttle.recordFailure(address);
    const request = await readSignIn(c.req.raw);
    if (request instanceof ApiProblem) return problemResponse(request);
    const check = await options.checkKey(request.personal_api_key);
    if (check.ok || 'unavailable' in check) notAFailure();
    if (!check.ok) {
      if ('unavailable' in check) {
        return Response.json(
          {
            type: 'server_error',
            code: 'upstream_unreachable',
            detail: check.unavailable,
            attr: null,
          },
          { status: 502 },
        );
      }
      log(`Sign-in refused for ${address}: the key was not accepted`);
      return problemResponse(validationError(check.refused, 'personal_api_key', 'invalid_key'));
    }
    // A new id at every sign-in (a cookie planted before it signs nobody in); the previous one ends.
    const previous = readSessionCookie(c, cookie);
    if (previous) sessions.end(previous);
    c.header(
      'set-cookie',
      sessionCookie(cookie, sessions.start(request.personal_api_key, check.project)),
    );
    log(`Signed in from ${address}: ${check.who}`);
    return c.json({ signed_in: true });
  });

  app.post(SIGN_OUT_PATH, (c) => {
    const id = readSessionCookie(c, cookie);
    if (id) sessions.end(id);
    c.header('set-cookie', sessionCookie(cookie));
    return c.body(null, 204);
  });

  return app;
}

/**
 * Every other `/api/` request needs a live session (or, on the embedded server, a personal API key as
 * PostHog's API takes it: API clients and a console in front of this one). Sets `session`, and `actor` in
 * embedded mode. In PostHog mode a 401 from PostHog means it refuses the person's key now: the session ends.
 */
export function requireSession(options: SignInOptions): MiddlewareHandler<AppEnv> {
  const { sessions, cookie, identify } = options;
  // The cookie is cleared too: the browser stops sending what signs nobody in.
  const refuse = (code: SessionCode) => {
    const response = problemResponse(sessionProblem(code));
    response.headers.set('set-cookie', sessionCookie(cookie));
    return response;
  };
  return async (c, next) => {
    // (The sign-in routes are mounted before this middleware and answer without it.)
    if (identify && /^Bearer\s/i.test(c.req.header('authorization') ?? '')) return next();
    const id = readSessionCookie(c, cookie);
    if (!id) return refuse('session_required');
    const session = sessions.find(id);
    if (typeof session === 'string') return refuse(ended(session));
    if (identify) {
      const owner = identify(session.key);
      if (!owner) {
        sessions.end(id);
        options.log(`Session ended: its key is no longer known to this server`);
        return refuse('session_revoked');
      }
      c.set('actor', owner);
    }
    c.set('session', session);
    await next();
    if (!identify && (await refusesKey(c.res))) {
      sessions.end(id);
      options.log(`Session ended: PostHog refused its key`);
      c.res = refuse('session_revoked');
    }
  };
}

/**
 * PostHog's own answer that a key is no good (not a 401 from something else in front of it, such as a
 * self-hosted instance's auth proxy, which says nothing about the person's key).
 */
async function refusesKey(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { code?: unknown } | null;
  return body?.code === 'authentication_failed' || body?.code === 'not_authenticated';
}

async function readSignIn(request: Request): Promise<SignInRequest | ApiProblem> {
  const bytes = await readBounded(request, MAX_SIGN_IN_BODY_BYTES).catch(() => null);
  if (bytes === null) return validationError('Send one personal API key.', 'personal_api_key');
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return new ApiProblem(400, {
      type: 'validation_error',
      code: 'parse_error',
      detail: 'JSON parse error.',
      attr: null,
    });
  }
  const parsed = SignInRequest.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const attr = issue?.path.length ? issue.path.join('.') : 'personal_api_key';
  const detail =
    issue?.code === 'invalid_type' || issue?.code === 'unrecognized_keys'
      ? 'Send {"personal_api_key": "…"} and nothing else.'
      : (issue?.message ?? 'Send one personal API key.');
  return validationError(detail, attr);
}
