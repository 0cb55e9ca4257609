import { Hono, type Context } from 'hono';
import { FeatureFlagPatchInput } from '@/shared';
import { parseBody, readJsonObject } from '../http/body';
import type { AppEnv } from '../http/env';
import { pageParams, paginatedBody } from '../http/pagination';
import { methodNotAllowed, notFound } from '../http/problem';
import { listActions, listEventDefinitions } from '../services/companions';
import { inTransaction } from '../services/context';
import { loadFlag, patchFlag, serializeFlag } from '../services/feature-flags';
import { listFlags } from '../services/flag-queries';
import * as holdouts from '../services/holdouts';
import * as savedMetrics from '../services/saved-metrics';
import { userLookup } from '../services/users';
import { activityPage } from './activity-page';

const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));
const refuse = (c: Context) => {
  throw methodNotAllowed(c.req.method);
};

export function featureFlagRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/', (c) => {
    const p = pageParams(c);
    return c.json(paginatedBody(c, p, listFlags(c.var.ctx, { ...c.req.query(), ...p })));
  });
  app.all('/', refuse);
  app.get('/:id{[0-9]+}', (c) => {
    const row = loadFlag(c.var.ctx, idOf(c));
    if (!row || row.deleted) throw notFound();
    return c.json(serializeFlag(c.var.ctx, row));
  });
  // Only `active` and `name`: enough to switch an experiment's flag off from outside, as a PM can in PostHog.
  app.patch('/:id{[0-9]+}', async (c) => {
    const body = await readJsonObject(c);
    const ctx = c.var.ctx;
    return c.json(
      inTransaction(ctx, () => {
        const row = loadFlag(ctx, idOf(c));
        if (!row || row.deleted) throw notFound();
        const input = parseBody(FeatureFlagPatchInput, body);
        const updated = patchFlag(ctx, row, input);
        return serializeFlag(ctx, updated);
      }),
    );
  });
  app.all('/:id{[0-9]+}', refuse);
  // PostHog's flag history: who turned it off or on, newest first. A deleted flag keeps its history.
  app.get('/:id{[0-9]+}/activity', (c) => activityPage(c, 'FeatureFlag', idOf(c), loadFlag));
  app.all('/:id{[0-9]+}/activity', refuse);
  return app;
}

export function holdoutRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/', (c) => {
    const p = pageParams(c);
    return c.json(paginatedBody(c, p, holdouts.listHoldouts(c.var.ctx, p)));
  });
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () => holdouts.createHoldout(c.var.ctx, body)),
      201,
    );
  });
  app.all('/', refuse);
  app.get('/:id{[0-9]+}', (c) => {
    const row = holdouts.loadHoldout(c.var.ctx, idOf(c));
    if (!row) throw notFound();
    return c.json(holdouts.serializeHoldout(c.var.ctx, row));
  });
  const update = (replace: boolean) => async (c: Context<AppEnv>) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () => holdouts.updateHoldout(c.var.ctx, idOf(c), body, { replace })),
    );
  };
  app.patch('/:id{[0-9]+}', update(false));
  app.put('/:id{[0-9]+}', update(true));
  app.delete('/:id{[0-9]+}', (c) => {
    inTransaction(c.var.ctx, () => holdouts.deleteHoldout(c.var.ctx, idOf(c)));
    return c.body(null, 204);
  });
  app.all('/:id{[0-9]+}', refuse);
  return app;
}

export function savedMetricRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/', (c) => {
    const p = pageParams(c);
    const query = { search: c.req.query('search'), ...p };
    return c.json(paginatedBody(c, p, savedMetrics.listSavedMetrics(c.var.ctx, query)));
  });
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () => savedMetrics.createSavedMetric(c.var.ctx, body)),
      201,
    );
  });
  app.all('/', refuse);
  app.get('/:id{[0-9]+}', (c) => {
    const row = savedMetrics.loadSavedMetric(c.var.ctx, idOf(c));
    if (!row) throw notFound();
    return c.json(savedMetrics.serializeSavedMetric(row, userLookup(c.var.ctx.db)));
  });
  const update = (replace: boolean) => async (c: Context<AppEnv>) => {
    const body = await readJsonObject(c);
    return c.json(
      inTransaction(c.var.ctx, () =>
        savedMetrics.updateSavedMetric(c.var.ctx, idOf(c), body, { replace }),
      ),
    );
  };
  app.patch('/:id{[0-9]+}', update(false));
  app.put('/:id{[0-9]+}', update(true));
  app.delete('/:id{[0-9]+}', (c) => {
    inTransaction(c.var.ctx, () => savedMetrics.deleteSavedMetric(c.var.ctx, idOf(c)));
    return c.body(null, 204);
  });
  app.all('/:id{[0-9]+}', refuse);
  return app;
}

export function eventDefinitionRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/', (c) => {
    const p = pageParams(c);
    return c.json(
      paginatedBody(c, p, listEventDefinitions(c.var.ctx, { search: c.req.query('search'), ...p })),
    );
  });
  app.all('/', refuse);
  return app;
}

export function actionRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/', (c) => {
    const p = pageParams(c);
    return c.json(
      paginatedBody(c, p, listActions(c.var.ctx, { search: c.req.query('search'), ...p })),
    );
  });
  app.all('/', refuse);
  return app;
}
