import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../db/connection';
import { ApiProblem, methodNotAllowed, notFound, problemResponse } from '../http/problem';
import { capture } from './capture-handler';
import { preflight, withCors } from './cors';
import { MAX_PAYLOAD_BYTES } from './decode-payload';
import { evaluateFlagsRequest } from './flags-handler';
import { tooLarge } from './ingest-problems';
import { CAPTURE_PATHS, FLAGS_PATHS, REMOTE_CONFIG_PATHS } from './ingest-paths';
import { readIngestRequest, type IngestRequest } from './ingest-request';
import { projectHasFlags } from './project-flags';
import { projectForToken } from './project-token';
import { remoteConfig, remoteConfigScript } from './remote-config';

type Handler = (request: IngestRequest, c: Context) => Response;

/**
 * PostHog's ingestion endpoints, served at the root like PostHog's own (`/batch/`, `/e/`, `/i/v0/e/`,
 * `/capture/`, `/flags/`, `/decide/`, the remote config), authenticated by the project's api token in the
 * payload and open to every origin (CORS), as PostHog's are.
 */
export function ingestRoutes({ db, now }: { db: Db; now: () => Date }) {
  const app = new Hono({ strict: false });
  const limit = bodyLimit({
    maxSize: MAX_PAYLOAD_BYTES,
    onError: (c) => withCors(c.req.raw, problemResponse(tooLarge())),
  });
  const serve = (handler: Handler) => async (c: Context) => {
    const method = c.req.method;
    if (method === 'OPTIONS') return withCors(c.req.raw, preflight());
    try {
      if (method !== 'GET' && method !== 'POST') throw methodNotAllowed(method);
      return withCors(c.req.raw, handler(await readIngestRequest(c), c));
    } catch (error) {
      if (error instanceof ApiProblem) return withCors(c.req.raw, problemResponse(error));
      throw error;
    }
  };

  for (const path of CAPTURE_PATHS) {
    app.all(
      path,
      limit,
      serve((request) => capture(db, now(), request)),
    );
  }
  for (const path of FLAGS_PATHS) {
    const endpoint = path === '/decide' ? 'decide' : 'flags';
    app.all(
      path,
      limit,
      serve((request) => evaluateFlagsRequest(db, now(), request, endpoint)),
    );
  }
  const [configJson, configScript] = REMOTE_CONFIG_PATHS;
  const config = (script: boolean) => (_request: IngestRequest, c: Context) => {
    const token = c.req.param('token') ?? '';
    const teamId = projectForToken(db, token);
    if (teamId === undefined) throw notFound();
    const hasFlags = projectHasFlags(db, teamId);
    return script
      ? new Response(remoteConfigScript(token, hasFlags), {
          headers: { 'content-type': 'application/javascript' },
        })
      : Response.json(remoteConfig(token, hasFlags));
  };
  app.all(configScript, serve(config(true)));
  app.all(configJson, serve(config(false)));
  return app;
}
