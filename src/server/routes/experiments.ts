import { Hono, type Context } from 'hono';
import { ENDPOINT_ACTIONS, type EndpointAction } from '@/shared';
import { readJsonObject } from '../http/body';
import type { AppEnv } from '../http/env';
import { pageParams, paginatedJson } from '../http/pagination';
import { ApiProblem, methodNotAllowed, notFound } from '../http/problem';
import { eligibleFlags } from '../services/flag-queries';
import * as actions from '../services/experiments/actions';
import { createExperiment } from '../services/experiments/create';
import { listExperimentsJson } from '../services/experiments/list';
import { loadExperiment } from '../services/experiments/row';
import { serializeExperiment } from '../services/experiments/serialize';
import { experimentStats } from '../services/experiments/stats';
import { loadWritableExperiment, updateExperiment } from '../services/experiments/update';
import { inTransaction, type RequestContext } from '../services/context';
import { activityPage } from './activity-page';

const idOf = (c: Context<AppEnv>) => {
  const id = Number(c.req.param('id'));
  if (!Number.isSafeInteger(id)) throw notFound();
  return id;
};

type BodyAction = (ctx: RequestContext, id: number, body: Record<string, unknown>) => unknown;
const ACTIONS: Record<EndpointAction, BodyAction> = {
  launch: (ctx, id) => actions.launchExperiment(ctx, id),
  pause: (ctx, id) => actions.pauseExperiment(ctx, id),
  resume: (ctx, id) => actions.resumeExperiment(ctx, id),
  end: actions.endExperiment,
  ship_variant: actions.shipVariant,
  archive: (ctx, id) => actions.archiveExperiment(ctx, id),
  unarchive: (ctx, id) => actions.unarchiveExperiment(ctx, id),
  reset: (ctx, id) => actions.resetExperiment(ctx, id),
  duplicate: actions.duplicateExperiment,
};
/** Only the listed actions: a bare lookup in ACTIONS would also find `toString` and the like. */
const actionNamed = (name: string): BodyAction | undefined =>
  (ENDPOINT_ACTIONS as readonly string[]).includes(name)
    ? ACTIONS[name as EndpointAction]
    : undefined;

/** /api/projects/{project_id}/experiments/… (contract §1.2, §1.3). */
export function experimentRoutes() {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = pageParams(c);
    const data = listExperimentsJson(c.var.ctx, { ...c.req.query(), ...page });
    // The results arrive as JSON text (cached while nothing changes): sent as is, not parsed and re-encoded.
    return c.body(paginatedJson(c, page, data), 200, { 'content-type': 'application/json' });
  });
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () => createExperiment(c.var.ctx, body)),
      201,
    );
  });
  app.all('/', (c) => {
    throw methodNotAllowed(c.req.method);
  });

  app.get('/eligible_feature_flags', (c) => {
    const limit = Number(c.req.query('limit') ?? 20);
    const offset = Number(c.req.query('offset') ?? 0);
    if (
      !Number.isInteger(limit) ||
      !Number.isInteger(offset) ||
      limit < 1 ||
      limit > 100 ||
      offset < 0
    ) {
      throw new ApiProblem(400, { error: 'Invalid limit or offset' });
    }
    return c.json(eligibleFlags(c.var.ctx, { ...c.req.query(), limit, offset }));
  });
  app.get('/stats', (c) => c.json(experimentStats(c.var.ctx)));

  app.get('/:id{[0-9]+}', (c) => {
    const row = loadExperiment(c.var.ctx, idOf(c));
    if (!row) throw notFound();
    return c.json(serializeExperiment(c.var.ctx, row));
  });
  app.patch('/:id{[0-9]+}', async (c) => {
    const body = await readJsonObject(c);
    return c.json(inTransaction(c.var.ctx, () => updateExperiment(c.var.ctx, idOf(c), body)));
  });
  app.put('/:id{[0-9]+}', async (c) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () => updateExperiment(c.var.ctx, idOf(c), body, { replace: true })),
    );
  });
  // Hard delete is not allowed: 405 with an empty body (PostHog's ForbidDestroyModel).
  app.delete('/:id{[0-9]+}', (c) => c.body(null, 405));
  app.all('/:id{[0-9]+}', (c) => {
    throw methodNotAllowed(c.req.method);
  });

  app.get('/:id{[0-9]+}/activity', (c) => activityPage(c, 'Experiment', idOf(c), loadExperiment));

  app.post('/:id{[0-9]+}/:action', async (c) => {
    const action = actionNamed(c.req.param('action'));
    if (!action) throw notFound();
    // As DRF's get_object() does first: an unknown experiment is a 404 (a viewer's a 403) whatever the body.
    loadWritableExperiment(c.var.ctx, idOf(c));
    const body = await readJsonObject(c);
    const status = c.req.param('action') === 'duplicate' ? 201 : 200;
    return c.json(
      inTransaction(c.var.ctx, () => action(c.var.ctx, idOf(c), body)) as object,
      status,
    );
  });
  app.all('/:id{[0-9]+}/:action', (c) => {
    if (!actionNamed(c.req.param('action'))) throw notFound();
    throw methodNotAllowed(c.req.method);
  });
  return app;
}
