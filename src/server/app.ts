import type { ConsoleConfig } from '@/shared';
import { Hono } from 'hono';
import type { Db } from './db/connection';
import type { AppEnv } from './http/env';
import { jsonBodyGuard } from './http/json-body-guard';
import { viewerAccess } from './http/viewer-access';
import { ApiProblem, notFound } from './http/problem';
import { accountRoutes, loadProject } from './routes/account';
import {
  actionRoutes,
  eventDefinitionRoutes,
  featureFlagRoutes,
  holdoutRoutes,
  savedMetricRoutes,
} from './routes/companions';
import { experimentRoutes } from './routes/experiments';
import { ingestRoutes } from './ingest/ingest-routes';
import { queryRoutes } from './query/query-routes';

export interface AppOptions {
  db: Db;
  /** The acting user when the request carries no personal API key (the demo has one user). */
  userId?: number;
  /** What `@current` means. */
  defaultProjectId?: number;
  now?: () => Date;
  /** Logs unexpected errors; tests pass a spy. */
  logError?: (error: unknown) => void;
  /** Origin of the links in responses (`next`, `previous`); by default the request's. */
  origin?: string;
  /** People sign in (AUTH=personal-key): the console config says so, for the user menu's Sign out. */
  signIn?: boolean;
}

/** The embedded PostHog-compatible API. Shared by `npm start`, `npm run dev` and the tests. */
export function createApp(options: AppOptions) {
  const {
    db,
    userId = 1,
    defaultProjectId = 1,
    now = () => new Date(),
    logError = console.error,
    origin,
    signIn = false,
  } = options;
  const app = new Hono<AppEnv>({ strict: false });

  app.use('/api/*', async (c, next) => {
    // Whoever's personal API key the request carries acts; without keys, the one embedded user.
    c.set('ctx', { db, teamId: defaultProjectId, userId: c.var.actor?.userId ?? userId, now });
    if (origin) c.set('origin', origin);
    await next();
  });
  app.use('/api/*', viewerAccess());
  // Size, media type and nesting of every write body, before any route parses it.
  app.use('/api/*', jsonBodyGuard());
  // Resolves the project in the path ("@current" or an id); an unknown project is a 404.
  // PostHog's environments are its projects' new name; both prefixes reach the same project.
  app.use('/api/:scope{projects|environments}/:project_id/*', async (c, next) => {
    const raw = c.req.param('project_id');
    const id = raw === '@current' ? defaultProjectId : /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(id) || !loadProject(db, id)) throw notFound();
    c.set('ctx', { ...c.var.ctx, teamId: id });
    await next();
  });

  app.get('/api/console/config', (c) => {
    const project = loadProject(db, defaultProjectId);
    return c.json<ConsoleConfig>({
      mode: 'embedded',
      host: null,
      project: { id: project?.id ?? defaultProjectId, name: project?.name ?? 'Project' },
      ...(signIn ? { sign_in: true } : {}),
    });
  });
  app.route('/api', accountRoutes(defaultProjectId));
  app.route('/api/projects/:project_id/experiments', experimentRoutes());
  app.route('/api/projects/:project_id/feature_flags', featureFlagRoutes());
  app.route('/api/projects/:project_id/experiment_holdouts', holdoutRoutes());
  app.route('/api/projects/:project_id/experiment_saved_metrics', savedMetricRoutes());
  app.route('/api/projects/:project_id/event_definitions', eventDefinitionRoutes());
  app.route('/api/projects/:project_id/actions', actionRoutes());
  app.route('/api/projects/:project_id/query', queryRoutes());
  app.route('/api/environments/:project_id/query', queryRoutes());
  app.route('/', ingestRoutes({ db, now }));
  app.all('/api/*', () => {
    throw notFound();
  });

  app.onError((error, c) => {
    if (error instanceof ApiProblem) {
      return error.body === null
        ? c.body(null, error.status as 405)
        : c.json(error.body, error.status as 400);
    }
    logError(error);
    return c.json(
      { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null },
      500,
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
