import { Hono, type Context } from 'hono';
import type { Db } from '../db/connection';
import type { AppEnv } from '../http/env';
import { methodNotAllowed, notFound } from '../http/problem';

interface ProjectRow {
  id: number;
  uuid: string;
  name: string;
  organization: string;
  timezone: string;
  api_token: string;
}

export function loadProject(db: Db, id: number): ProjectRow | undefined {
  return db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as ProjectRow | undefined;
}

const serializeProject = (row: ProjectRow) => ({
  id: row.id,
  uuid: row.uuid,
  organization: row.organization,
  api_token: row.api_token,
  name: row.name,
  completed_snippet_onboarding: true,
  has_completed_onboarding_for: { experiments: true },
  ingested_event: true,
  is_demo: true,
  timezone: row.timezone,
  access_control: false,
});

/** /api/users/@me/ and /api/projects/ (contract §1.4), for the one embedded user and project. */
export function accountRoutes(defaultProjectId: number) {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/users/@me', (c) => {
    const { db, userId } = c.var.ctx;
    // PostHog's User has no project role: the console learns a viewer's access from each object's
    // user_access_level.
    const { role: _role, ...user } = db
      .prepare('SELECT * FROM users WHERE id = ?')
      .get(userId) as Record<string, unknown>;
    const project = loadProject(db, defaultProjectId) as ProjectRow;
    return c.json({
      ...user,
      is_email_verified: true,
      team: {
        id: project.id,
        uuid: project.uuid,
        organization: project.organization,
        project_id: project.id,
        name: project.name,
        timezone: project.timezone,
      },
      organization: { id: project.organization, name: 'Demo organization' },
    });
  });
  app.get('/projects', (c) => {
    const rows = c.var.ctx.db.prepare('SELECT * FROM projects ORDER BY id').all() as ProjectRow[];
    return c.json({
      count: rows.length,
      next: null,
      previous: null,
      results: rows.map(serializeProject),
    });
  });
  const retrieve = (c: Context<AppEnv>, id: number) => {
    const row = loadProject(c.var.ctx.db, id);
    if (!row) throw notFound();
    return c.json(serializeProject(row));
  };
  // Two routes, not `{[0-9]+|@current}`: an ungrouped alternation is not anchored by the router, so that
  // pattern also matched /projects/1/experiments/… and answered every project-scoped GET with the project.
  app.get('/projects/@current', (c) => retrieve(c, defaultProjectId));
  app.get('/projects/:project_id{[0-9]+}', (c) => retrieve(c, Number(c.req.param('project_id'))));
  app.all('/projects', (c) => {
    throw methodNotAllowed(c.req.method);
  });
  return app;
}
