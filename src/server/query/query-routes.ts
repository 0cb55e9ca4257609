import { Hono, type Context } from 'hono';
import { readJsonObject } from '../http/body';
import type { AppEnv } from '../http/env';
import { methodNotAllowed, notFound } from '../http/problem';
import { parseQueryRequest } from './parse-query-request';
import { runExperimentQuery } from './run-experiment-query';
import { runExposureQuery } from './run-exposure-query';

/**
 * `POST …/query/` (and `…/query/{Kind}/`): PostHog's query endpoint, answering the two experiment query
 * kinds synchronously (200 with the full body; PostHog's UI uses an answer without a pending
 * `query_status` as it is). Nothing is ever queued, so `GET …/query/{id}/` finds nothing.
 */
export function queryRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  const answer = async (c: Context<AppEnv>, pathKind?: string) => {
    const query = parseQueryRequest(await readJsonObject(c), pathKind);
    const ctx = c.var.ctx;
    return c.json(
      query.kind === 'ExperimentQuery'
        ? runExperimentQuery(ctx, query)
        : runExposureQuery(ctx, query),
    );
  };
  app.post('/', (c) => answer(c));
  app.all('/', (c) => {
    throw methodNotAllowed(c.req.method);
  });
  app.post('/:kind{[A-Z][A-Za-z]*}', (c) => answer(c, c.req.param('kind')));
  app.all('/:id', () => {
    throw notFound();
  });
  return app;
}
