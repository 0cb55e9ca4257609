import { z } from 'zod/mini';
import { HoldoutCreateInput, HoldoutPatchInput, type ExperimentHoldout } from '@/shared';
import { insertRow, parseJson, updateRow } from '../db/rows';
import { notFound, validationError } from '../http/problem';
import { parseBody } from '../http/body';
import { diffFields, recordActivity } from './activity';
import { nowIso, type RequestContext } from './context';
import { checkJsonFieldSizes } from './json-limits';
import { flagFilters, loadFlag, updateFlag } from './feature-flags';
import { userLookup } from './users';

export interface HoldoutRow {
  id: number;
  team_id: number;
  name: string;
  description: string | null;
  filters: string;
  created_by_id: number | null;
  created_at: string;
  updated_at: string;
}

type HoldoutFilters = {
  properties?: unknown[];
  rollout_percentage?: number | null;
  variant?: string | null;
}[];

export function loadHoldout(ctx: RequestContext, id: number): HoldoutRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM experiment_holdouts WHERE id = ? AND team_id = ?')
    .get(id, ctx.teamId) as HoldoutRow | undefined;
}

export function serializeHoldout(
  ctx: RequestContext,
  row: HoldoutRow,
  users = userLookup(ctx.db),
): ExperimentHoldout {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    filters: parseJson<HoldoutFilters>(row.filters, []),
    created_by: users(row.created_by_id),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** What an experiment's flag carries for its holdout (contract §2.4). */
export function holdoutFlagBlock(row: HoldoutRow | undefined | null) {
  if (!row) return null;
  const filters = parseJson<HoldoutFilters>(row.filters, []);
  return { id: row.id, exclusion_percentage: filters[0]?.rollout_percentage ?? 0 };
}

/** PostHog's holdout filter rules, with its messages; variants are always rewritten to holdout-<id>. */
function checkFilters(filters: HoldoutFilters | undefined, creating: boolean): void {
  if (filters === undefined && !creating) return;
  if (!filters || filters.length === 0)
    throw validationError('Filters are required to create an holdout group');
  for (const group of filters) {
    if (group.rollout_percentage == null)
      throw validationError('Rollout percentage must be present.', 'filters');
    if (group.rollout_percentage < 0 || group.rollout_percentage > 100) {
      throw validationError('Rollout percentage must be between 0 and 100.', 'filters');
    }
  }
}

const withVariant = (filters: HoldoutFilters, id: number) =>
  filters.map((f) => ({
    properties: f.properties ?? [],
    rollout_percentage: f.rollout_percentage,
    variant: `holdout-${id}`,
  }));

/** One page of the project's holdouts, newest first, counted and paged in SQL. */
export function listHoldouts(
  ctx: RequestContext,
  page: { limit: number; offset: number },
): { count: number; results: ExperimentHoldout[] } {
  const count = ctx.db
    .prepare('SELECT COUNT(*) FROM experiment_holdouts WHERE team_id = ?')
    .pluck()
    .get(ctx.teamId) as number;
  const rows = ctx.db
    .prepare(
      'SELECT * FROM experiment_holdouts WHERE team_id = ? ORDER BY id DESC LIMIT ? OFFSET ?',
    )
    .all(ctx.teamId, page.limit, page.offset) as HoldoutRow[];
  const users = userLookup(ctx.db);
  return { count, results: rows.map((row) => serializeHoldout(ctx, row, users)) };
}

export function createHoldout(
  ctx: RequestContext,
  body: Record<string, unknown>,
): ExperimentHoldout {
  if (body.filters === undefined)
    throw validationError('Filters are required to create an holdout group');
  checkJsonFieldSizes(body, ['filters']);
  const input = parseBody(HoldoutCreateInput, body);
  checkFilters(input.filters, true);
  const now = nowIso(ctx);
  const id = insertRow(ctx.db, 'experiment_holdouts', {
    team_id: ctx.teamId,
    name: input.name,
    description: input.description ?? null,
    filters: [],
    created_by_id: ctx.userId,
    created_at: now,
    updated_at: now,
  });
  updateRow(ctx.db, 'experiment_holdouts', id, { filters: withVariant(input.filters, id) });
  recordActivity(ctx, {
    scope: 'ExperimentHoldout',
    itemId: id,
    activity: 'created',
    name: input.name,
  });
  return serializeHoldout(ctx, loadHoldout(ctx, id) as HoldoutRow);
}

const HOLDOUT_PUT_INPUT = z.required(HoldoutPatchInput, { name: true });

export function updateHoldout(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
  { replace = false } = {},
): ExperimentHoldout {
  const row = loadHoldout(ctx, id);
  if (!row) throw notFound();
  const before = serializeHoldout(ctx, row);
  checkJsonFieldSizes(body, ['filters']);
  // PUT is a full update: name is required (filters has a model default, so DRF does not require it).
  const input = parseBody(replace ? HOLDOUT_PUT_INPUT : HoldoutPatchInput, body);
  checkFilters(input.filters, false);
  updateRow(ctx.db, 'experiment_holdouts', id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.filters !== undefined ? { filters: withVariant(input.filters, id) } : {}),
    updated_at: nowIso(ctx),
  });
  const updated = loadHoldout(ctx, id) as HoldoutRow;
  if (input.filters !== undefined) syncLinkedFlags(ctx, id, holdoutFlagBlock(updated));
  const after = serializeHoldout(ctx, updated);
  recordActivity(ctx, {
    scope: 'ExperimentHoldout',
    itemId: id,
    activity: 'updated',
    name: updated.name,
    changes: diffFields('ExperimentHoldout', before, after, ['name', 'description', 'filters']),
  });
  return after;
}

/** Real delete (PostHog allows it): every linked flag loses its holdout block, experiments their holdout. */
export function deleteHoldout(ctx: RequestContext, id: number): void {
  const row = loadHoldout(ctx, id);
  if (!row) throw notFound();
  syncLinkedFlags(ctx, id, null);
  ctx.db.prepare('UPDATE experiments SET holdout_id = NULL WHERE holdout_id = ?').run(id);
  ctx.db.prepare('DELETE FROM experiment_holdouts WHERE id = ?').run(id);
  recordActivity(ctx, {
    scope: 'ExperimentHoldout',
    itemId: id,
    activity: 'deleted',
    name: row.name,
  });
}

function syncLinkedFlags(
  ctx: RequestContext,
  holdoutId: number,
  block: ReturnType<typeof holdoutFlagBlock>,
): void {
  const flagIds = ctx.db
    .prepare('SELECT DISTINCT feature_flag_id FROM experiments WHERE holdout_id = ?')
    .pluck()
    .all(holdoutId) as number[];
  for (const flagId of flagIds) {
    const flag = loadFlag(ctx, flagId);
    if (flag) updateFlag(ctx, flag, { filters: { ...flagFilters(flag), holdout: block } });
  }
}
