import {
  FLAG_KEY_MESSAGE,
  FLAG_KEY_PATTERN,
  splitSumProblem,
  type FeatureFlag,
  type FlagFilters,
  type MinimalFeatureFlag,
} from '@/shared';
import { insertRow, parseJson, updateRow } from '../db/rows';
import { validationError } from '../http/problem';
import { diffFields, recordActivity } from './activity';
import { nowIso, type RequestContext } from './context';
import { userLookup } from './users';

export interface FlagRow {
  id: number;
  team_id: number;
  key: string;
  name: string;
  filters: string;
  active: number;
  deleted: number;
  ensure_experience_continuity: number;
  version: number;
  created_by_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface FlagVariantSpec {
  key: string;
  name?: string | null;
  rollout_percentage: number;
  [extra: string]: unknown;
}

export function loadFlag(ctx: RequestContext, id: number): FlagRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM feature_flags WHERE id = ? AND team_id = ?')
    .get(id, ctx.teamId) as FlagRow | undefined;
}

/** PostHog's reuse lookup does not filter deleted flags: a key, once used, stays taken. */
export function findFlagByKey(ctx: RequestContext, key: string): FlagRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM feature_flags WHERE team_id = ? AND key = ?')
    .get(ctx.teamId, key) as FlagRow | undefined;
}

export function flagFilters(row: FlagRow): FlagFilters {
  return parseJson<FlagFilters>(row.filters, {});
}

export function serializeMinimalFlag(row: FlagRow): MinimalFeatureFlag {
  return {
    id: row.id,
    team_id: row.team_id,
    name: row.name,
    key: row.key,
    filters: flagFilters(row),
    deleted: row.deleted === 1,
    active: row.active === 1,
    ensure_experience_continuity: row.ensure_experience_continuity === 1,
    has_encrypted_payloads: false,
    version: row.version,
    evaluation_runtime: 'all',
  };
}

export function serializeFlag(
  ctx: RequestContext,
  row: FlagRow,
  users = userLookup(ctx.db),
): FeatureFlag {
  const experimentIds = ctx.db
    .prepare('SELECT id FROM experiments WHERE feature_flag_id = ? AND deleted = 0 ORDER BY id')
    .pluck()
    .all(row.id) as number[];
  const filters = flagFilters(row);
  const variants = filters.multivariate?.variants ?? [];
  return {
    ...serializeMinimalFlag(row),
    created_by: users(row.created_by_id),
    created_at: row.created_at,
    updated_at: row.updated_at,
    is_simple_flag: variants.length === 0 && (filters.groups?.length ?? 0) === 1,
    rollout_percentage: filters.groups?.[0]?.rollout_percentage ?? null,
    experiment_set: experimentIds,
    // The embedded server has no surveys or early-access features; PostHog lists them on every flag.
    surveys: [],
    features: [],
    tags: [],
    user_access_level: 'editor',
  };
}

export function flagKeyError(key: string) {
  if (key.length > 400)
    return validationError(
      'Ensure this field has no more than 400 characters.',
      'key',
      'max_length',
    );
  return FLAG_KEY_PATTERN.test(key)
    ? null
    : validationError(FLAG_KEY_MESSAGE, 'key', 'invalid_key');
}

/** The FeatureFlagSerializer's check on the variants it is about to store. */
export function assertVariantsSumTo100(variants: readonly FlagVariantSpec[]): void {
  const problem = splitSumProblem(variants);
  if (problem) throw validationError(problem, 'filters');
}

export interface NewFlag {
  key: string;
  name: string;
  filters: FlagFilters;
  active: boolean;
  ensureExperienceContinuity: boolean;
}

export function insertFlag(ctx: RequestContext, flag: NewFlag): FlagRow {
  const keyError = flagKeyError(flag.key);
  if (keyError) throw keyError;
  if (findFlagByKey(ctx, flag.key))
    throw validationError('There is already a feature flag with this key.', 'key', 'unique');
  assertVariantsSumTo100(
    flag.filters.multivariate?.variants.map((v) => ({
      ...v,
      rollout_percentage: v.rollout_percentage ?? 0,
    })) ?? [],
  );
  const now = nowIso(ctx);
  const id = insertRow(ctx.db, 'feature_flags', {
    team_id: ctx.teamId,
    key: flag.key,
    name: flag.name,
    filters: flag.filters,
    active: flag.active,
    deleted: false,
    ensure_experience_continuity: flag.ensureExperienceContinuity,
    version: 1,
    creation_context: 'experiments',
    created_by_id: ctx.userId,
    created_at: now,
    updated_at: now,
  });
  return loadFlag(ctx, id) as FlagRow;
}

/** Any change to a flag bumps its version, as PostHog does. */
export function updateFlag(
  ctx: RequestContext,
  row: FlagRow,
  change: { filters?: FlagFilters; active?: boolean; name?: string },
): FlagRow {
  if (change.filters?.multivariate) {
    assertVariantsSumTo100(
      change.filters.multivariate.variants.map((v) => ({
        ...v,
        rollout_percentage: v.rollout_percentage ?? 0,
      })),
    );
  }
  updateRow(ctx.db, 'feature_flags', row.id, {
    ...(change.filters !== undefined ? { filters: change.filters } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
    ...(change.name !== undefined ? { name: change.name } : {}),
    version: row.version + 1,
    updated_at: nowIso(ctx),
  });
  return loadFlag(ctx, row.id) as FlagRow;
}

/**
 * A flag changed from outside any experiment action (PATCH feature_flags/{id}/, or the demo's owners turning
 * a losing experiment's flag off): the change and its activity entry, with only the fields whose value
 * changed, as PostHog's changes_between does.
 */
export function patchFlag(
  ctx: RequestContext,
  row: FlagRow,
  input: { active?: boolean; name?: string },
): FlagRow {
  const updated = updateFlag(ctx, row, input);
  const changes = diffFields(
    'FeatureFlag',
    { active: row.active === 1, name: row.name },
    { active: updated.active === 1, name: updated.name },
    ['active', 'name'],
  );
  recordActivity(ctx, {
    scope: 'FeatureFlag',
    itemId: row.id,
    activity: 'updated',
    name: row.key,
    changes,
  });
  return updated;
}
