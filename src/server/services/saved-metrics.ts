import {
  metricProblem,
  SavedMetricCreateInput,
  SavedMetricPatchInput,
  type ExperimentSavedMetric,
} from '@/shared';
import { insertRow, parseJson, updateRow } from '../db/rows';
import { parseBody } from '../http/body';
import { notFound, validationError } from '../http/problem';
import { diffFields, recordActivity } from './activity';
import { nowIso, type RequestContext } from './context';
import { checkJsonFieldSizes } from './json-limits';
import { userLookup } from './users';

export interface SavedMetricRow {
  id: number;
  team_id: number;
  name: string;
  description: string | null;
  query: string;
  tags: string;
  created_by_id: number | null;
  created_at: string;
  updated_at: string;
}

export function loadSavedMetric(ctx: RequestContext, id: number): SavedMetricRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM experiment_saved_metrics WHERE id = ? AND team_id = ?')
    .get(id, ctx.teamId) as SavedMetricRow | undefined;
}

export function serializeSavedMetric(
  row: SavedMetricRow,
  users: ReturnType<typeof userLookup>,
): ExperimentSavedMetric {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    query: parseJson(row.query, {}),
    tags: parseJson<string[]>(row.tags, []),
    created_by: users(row.created_by_id),
    created_at: row.created_at,
    updated_at: row.updated_at,
    user_access_level: 'editor',
  };
}

const LEGACY_KINDS = ['ExperimentTrendsQuery', 'ExperimentFunnelsQuery'];

/**
 * PostHog's saved-metric query rules (contract §1.4), in its words. They live in the serializer's
 * `validate_query`, so every one of them is reported on attr "query".
 */
function checkQuery(query: Record<string, unknown>): void {
  const fail = (detail: string) => validationError(detail, 'query');
  if (Object.keys(query).length === 0) throw fail('Query is required to create a saved metric');
  const kind = query.kind;
  if (kind !== 'ExperimentMetric' && !LEGACY_KINDS.includes(kind as string)) {
    throw fail(
      "Metric query kind must be 'ExperimentMetric', 'ExperimentTrendsQuery' or 'ExperimentFunnelsQuery'",
    );
  }
  if (kind !== 'ExperimentMetric') return;
  if (query.metric_type === undefined) throw fail('ExperimentMetric requires a metric_type');
  const problem = metricProblem(query);
  if (problem) throw fail(problem);
}

const LOGGED_FIELDS = ['name', 'description', 'query', 'tags'];

/** One page of the project's shared metrics whose name contains `search`, counted and paged in SQL. */
export function listSavedMetrics(
  ctx: RequestContext,
  query: { search?: string; limit: number; offset: number },
): { count: number; results: ExperimentSavedMetric[] } {
  const where =
    'WHERE team_id = :team AND (:search IS NULL OR instr(lower(name), lower(:search)) > 0)';
  const params = { team: ctx.teamId, search: query.search || null };
  const count = ctx.db
    .prepare(`SELECT COUNT(*) FROM experiment_saved_metrics ${where}`)
    .pluck()
    .get(params) as number;
  const rows = ctx.db
    .prepare(
      `SELECT * FROM experiment_saved_metrics ${where} ORDER BY lower(name), id LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as SavedMetricRow[];
  const users = userLookup(ctx.db);
  return { count, results: rows.map((row) => serializeSavedMetric(row, users)) };
}

export function createSavedMetric(
  ctx: RequestContext,
  body: Record<string, unknown>,
): ExperimentSavedMetric {
  checkJsonFieldSizes(body, ['query']);
  // A missing or null query is DRF's own "required" / "null" error on the field.
  const input = parseBody(SavedMetricCreateInput, body);
  checkQuery(input.query);
  const now = nowIso(ctx);
  const id = insertRow(ctx.db, 'experiment_saved_metrics', {
    team_id: ctx.teamId,
    name: input.name,
    description: input.description ?? null,
    query: input.query,
    tags: input.tags ?? [],
    created_by_id: ctx.userId,
    created_at: now,
    updated_at: now,
  });
  recordActivity(ctx, {
    scope: 'ExperimentSavedMetric',
    itemId: id,
    activity: 'created',
    name: input.name,
  });
  return serializeSavedMetric(loadSavedMetric(ctx, id) as SavedMetricRow, userLookup(ctx.db));
}

export function updateSavedMetric(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
  { replace = false } = {},
): ExperimentSavedMetric {
  const row = loadSavedMetric(ctx, id);
  if (!row) throw notFound();
  const users = userLookup(ctx.db);
  const before = serializeSavedMetric(row, users);
  checkJsonFieldSizes(body, ['query']);
  // PUT is a full update: name and query are required as on create.
  const input = parseBody(replace ? SavedMetricCreateInput : SavedMetricPatchInput, body);
  if (input.query !== undefined) checkQuery(input.query);
  updateRow(ctx.db, 'experiment_saved_metrics', id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.query !== undefined ? { query: input.query } : {}),
    ...(input.tags !== undefined ? { tags: input.tags } : {}),
    updated_at: nowIso(ctx),
  });
  const after = serializeSavedMetric(loadSavedMetric(ctx, id) as SavedMetricRow, users);
  recordActivity(ctx, {
    scope: 'ExperimentSavedMetric',
    itemId: id,
    activity: 'updated',
    name: after.name,
    changes: diffFields('ExperimentSavedMetric', before, after, LOGGED_FIELDS),
  });
  return after;
}

export function deleteSavedMetric(ctx: RequestContext, id: number): void {
  const row = loadSavedMetric(ctx, id);
  if (!row) throw notFound();
  ctx.db.prepare('DELETE FROM experiment_saved_metrics WHERE id = ?').run(id);
  recordActivity(ctx, {
    scope: 'ExperimentSavedMetric',
    itemId: id,
    activity: 'deleted',
    name: row.name,
  });
}
