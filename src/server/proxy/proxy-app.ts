import type { ConsoleConfig } from '@/shared';
import { Hono, type Context } from 'hono';
import type { SessionStore } from '../auth/session-store';
import type { AppEnv } from '../http/env';
import { jsonBodyGuard, readBounded } from '../http/json-body-guard';
import {
  ApiProblem,
  notAuthenticated,
  notFound,
  problemResponse,
  validationError,
} from '../http/problem';
import { isAllowed, isQueryPath } from './allow-list';
import {
  flagBodyTooLarge,
  flagPatchProblem,
  isFlagPatchPath,
  MAX_FLAG_BODY_BYTES,
} from './flag-guard';
import { MAX_QUERY_BODY_BYTES, queryBodyProblem, queryTooLarge } from './query-guard';
import { forward, type Upstream } from './forward';

export interface ProxyProject {
  id: number;
  name: string;
}

/**
 * Whose key a proxied request carries and which project it works in. One person's local console: the
 * server's key, and the project in use is server state, like PostHog's own "current team". With sign-in
 * (auth/sign-in.ts), each person's own key and project.
 */
export interface ProxyAccess {
  upstream(c: Context<AppEnv>): Upstream;
  project(c: Context<AppEnv>): ProxyProject;
  switchProject(c: Context<AppEnv>, project: ProxyProject): void;
  /** Sign-in is on: the UI offers Sign out. */
  signIn?: boolean;
}

export function serverKeyAccess(upstream: Upstream, initialProject: ProxyProject): ProxyAccess {
  let project = initialProject;
  return {
    upstream: () => upstream,
    project: () => project,
    switchProject: (_, next) => {
      project = next;
    },
  };
}

/** Each request acts with the signed-in person's key (requireSession put the session on it). */
export function sessionAccess(
  base: Omit<Upstream, 'apiKey'>,
  sessions: Pick<SessionStore, 'setProject'>,
): ProxyAccess {
  // requireSession lets no request through without one; a session without a project (made for another
  // backend) signs nobody in.
  const session = (c: Context<AppEnv>) => {
    const found = c.var.session;
    if (!found?.project) {
      throw notAuthenticated('not_authenticated', 'Sign in to use the console.');
    }
    return { ...found, project: found.project };
  };
  return {
    upstream: (c) => ({ ...base, apiKey: session(c).key }),
    project: (c) => session(c).project,
    switchProject: (c, project) => {
      sessions.setProject(session(c).id, project);
      // This request answers with the config too: it must already see the new project.
      c.set('session', { ...session(c), project });
    },
    signIn: true,
  };
}

/**
 * PostHog mode: the same `/api/…` the UI uses, forwarded to a real PostHog project. `@current` means the
 * project in use (configured, or switched to from the UI); anything outside the allow-list is a 404 that
 * never reaches PostHog.
 */
export function createProxyApp(host: string, access: ProxyAccess) {
  const config = (c: Context<AppEnv>): ConsoleConfig => ({
    mode: 'posthog',
    host: new URL(host).host,
    project: { ...access.project(c) },
    ...(access.signIn ? { sign_in: true } : {}),
  });
  const app = new Hono<AppEnv>({ strict: false });
  // The embedded API's body limits, before anything is read further or forwarded (PostHog's own 20 MB
  // would otherwise be the only one, reached after this process had buffered the whole body).
  app.use('/api/*', jsonBodyGuard());
  app.get('/api/console/config', (c) => c.json(config(c)));
  app.onError((error) => {
    if (error instanceof ApiProblem) return problemResponse(error);
    console.error(error);
    return Response.json(
      { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null },
      { status: 500 },
    );
  });
  app.post('/api/console/project', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { id?: unknown } | null;
    if (typeof body?.id !== 'number' || !Number.isSafeInteger(body.id) || body.id <= 0) {
      return problemResponse(validationError('Give the id of a project.', 'id'));
    }
    try {
      access.switchProject(c, await resolveProject(access.upstream(c), body.id));
    } catch (error) {
      return problemResponse(validationError((error as Error).message, 'id'));
    }
    return c.json(config(c));
  });
  app.all('/api/*', async (c) => {
    const upstream = access.upstream(c);
    const path = new URL(c.req.url).pathname.replace(
      '/api/projects/@current',
      `/api/projects/${access.project(c).id}`,
    );
    if (!isAllowed(c.req.method, path)) return problemResponse(notFound());
    if (c.req.method === 'POST' && isQueryPath(path)) {
      const bytes = await readBounded(c.req.raw, MAX_QUERY_BODY_BYTES);
      if (bytes === null) return problemResponse(queryTooLarge());
      const body = new TextDecoder().decode(bytes);
      const problem = queryBodyProblem(body);
      if (problem) return problemResponse(problem);
      return forward(c, upstream, path, body);
    }
    if (c.req.method === 'PATCH' && isFlagPatchPath(path)) {
      const bytes = await readBounded(c.req.raw, MAX_FLAG_BODY_BYTES);
      if (bytes === null) return problemResponse(flagBodyTooLarge());
      const body = new TextDecoder().decode(bytes);
      const problem = flagPatchProblem(body);
      if (problem) return problemResponse(problem);
      return forward(c, upstream, path, body);
    }
    return forward(c, upstream, path);
  });
  return app;
}

/** The project to use: the configured one, or the first the key can see. Fails with a clear message. */
export async function resolveProject(
  upstream: Upstream,
  projectId?: number,
): Promise<ProxyProject> {
  const path = projectId ? `/api/projects/${projectId}/` : '/api/projects/';
  let response: Response;
  try {
    response = await upstream.fetch(new URL(path, upstream.host), {
      headers: { authorization: `Bearer ${upstream.apiKey}`, accept: 'application/json' },
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
  } catch (error) {
    throw new Error(`Could not reach PostHog at ${upstream.host}: ${(error as Error).message}`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new Error(
      'PostHog refused POSTHOG_PERSONAL_API_KEY: check the key and that it has the project:read scope.',
    );
  }
  if (response.status === 404)
    throw new Error(`PostHog has no project ${projectId} that this key can see.`);
  if (!response.ok) throw new Error(`PostHog answered ${response.status} when asked for ${path}.`);
  const body = (await response.json()) as {
    id?: number;
    name?: string;
    results?: { id: number; name: string }[];
  };
  const found = projectId ? body : body.results?.[0];
  if (!found?.id)
    throw new Error(
      'This key can see no PostHog project: set POSTHOG_PROJECT_ID or use another key.',
    );
  return { id: found.id, name: found.name ?? `Project ${found.id}` };
}
