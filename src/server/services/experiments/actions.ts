import {
  DuplicateExperimentInput,
  EndExperimentInput,
  experimentStatus,
  lifecyclePermission,
  ShipVariantInput,
  type Experiment,
  type LifecycleAction,
} from '@/shared';
import { insertRow, updateRow } from '../../db/rows';
import { parseBody } from '../../http/body';
import { ApiProblem, validationError } from '../../http/problem';
import { diffFields, recordActivity } from '../activity';
import { nowIso, type RequestContext } from '../context';
import { findFlagByKey, flagFilters, loadFlag, updateFlag, type FlagRow } from '../feature-flags';
import { ensureFlag } from './flag-sync';
import { encodeJsonColumns, loadExperiment, storedValues, type ExperimentRow } from './row';
import { serializeExperiment } from './serialize';
import { loadWritableExperiment } from './update';

const SHIP_GROUP_DESCRIPTION =
  'Added automatically when the experiment was ended to keep only one variant.';

/** What the lifecycle rules and the activity log see of an experiment and its flag. */
function view(row: ExperimentRow, flag: FlagRow) {
  const values = storedValues(row);
  const filters = flagFilters(flag);
  return {
    ...values,
    start_date: row.start_date,
    end_date: row.end_date,
    archived: row.archived === 1,
    user_access_level: row.access_level,
    feature_flag: { active: flag.active === 1, deleted: flag.deleted === 1, filters },
    metrics: values.metrics as unknown[] | null,
    metrics_secondary: values.metrics_secondary as unknown[] | null,
    status: experimentStatus({ ...row, feature_flag: { active: flag.active === 1 } }),
    feature_flag_active: flag.active === 1,
    feature_flag_variants: filters.multivariate?.variants ?? [],
  };
}

const LOGGED_FIELDS = [
  'start_date',
  'end_date',
  'archived',
  'conclusion',
  'conclusion_comment',
  'status',
  'feature_flag_active',
  'feature_flag_variants',
];

/**
 * Runs one lifecycle action: the shared rule decides if it may run (with PostHog's message when not), the
 * mutation writes, and the activity log records the before/after, all in the caller's transaction.
 */
function runAction(
  ctx: RequestContext,
  id: number,
  action: LifecycleAction,
  mutate: (row: ExperimentRow, flag: FlagRow) => void,
): Experiment {
  const { row, flag } = loadWritableExperiment(ctx, id);
  const before = view(row, flag);
  const permission = lifecyclePermission(action, before);
  if (!permission.allowed) throw validationError(permission.reason);
  mutate(row, flag);
  const updated = loadExperiment(ctx, id) as ExperimentRow;
  const after = view(updated, loadFlag(ctx, flag.id) as FlagRow);
  const changes = diffFields('Experiment', before, after, LOGGED_FIELDS);
  recordActivity(ctx, {
    scope: 'Experiment',
    itemId: id,
    activity: ACTIVITY_NAMES[action],
    name: row.name,
    changes,
  });
  return serializeExperiment(ctx, updated);
}

const ACTIVITY_NAMES: Record<LifecycleAction, string> = {
  launch: 'launched',
  pause: 'paused',
  resume: 'resumed',
  end: 'ended',
  ship_variant: 'variant_shipped',
  archive: 'archived',
  unarchive: 'unarchived',
  reset: 'reset',
  duplicate: 'duplicated',
  delete: 'deleted',
};

const touch = (ctx: RequestContext, id: number, values: Record<string, unknown>) =>
  updateRow(ctx.db, 'experiments', id, encodeJsonColumns({ ...values, updated_at: nowIso(ctx) }));

export function launchExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'launch', (row, flag) => {
    touch(ctx, row.id, { start_date: nowIso(ctx) });
    updateFlag(ctx, flag, { active: true });
  });
}

export function pauseExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'pause', (row, flag) => {
    updateFlag(ctx, flag, { active: false });
    touch(ctx, row.id, {});
  });
}

export function resumeExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'resume', (row, flag) => {
    updateFlag(ctx, flag, { active: true });
    touch(ctx, row.id, {});
  });
}

/** Ends the experiment; the conclusion fields are overwritten (with null when omitted). The flag stays as is. */
export function endExperiment(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
): Experiment {
  const input = parseBody(EndExperimentInput, body);
  return runAction(ctx, id, 'end', (row) => {
    touch(ctx, row.id, {
      end_date: nowIso(ctx),
      conclusion: input.conclusion ?? null,
      conclusion_comment: input.conclusion_comment ?? null,
    });
  });
}

/** Serves one variant to everyone; ends the experiment if it is still running. */
export function shipVariant(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
): Experiment {
  const input = parseBody(ShipVariantInput, body);
  return runAction(ctx, id, 'ship_variant', (row, flag) => {
    const filters = flagFilters(flag);
    const variants = filters.multivariate?.variants ?? [];
    if (!variants.some((v) => v.key === input.variant_key)) {
      throw validationError(`Variant '${input.variant_key}' not found on feature flag.`);
    }
    updateFlag(ctx, flag, {
      filters: {
        ...filters,
        groups: [
          { properties: [], rollout_percentage: 100, description: SHIP_GROUP_DESCRIPTION },
          ...(filters.groups ?? []),
        ],
        multivariate: {
          ...filters.multivariate,
          variants: variants.map((v) => ({
            ...v,
            rollout_percentage: v.key === input.variant_key ? 100 : 0,
          })),
        },
      },
    });
    touch(ctx, row.id, {
      ...(row.end_date ? {} : { end_date: nowIso(ctx) }),
      ...(input.conclusion !== undefined ? { conclusion: input.conclusion } : {}),
      ...(input.conclusion_comment !== undefined
        ? { conclusion_comment: input.conclusion_comment }
        : {}),
    });
  });
}

export function archiveExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'archive', (row) => touch(ctx, row.id, { archived: true }));
}

export function unarchiveExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'unarchive', (row) => touch(ctx, row.id, { archived: false }));
}

/** Back to draft: dates and conclusion cleared, unarchived; the flag is left as it is (contract §1.3). */
export function resetExperiment(ctx: RequestContext, id: number): Experiment {
  return runAction(ctx, id, 'reset', (row) =>
    touch(ctx, row.id, {
      start_date: null,
      end_date: null,
      conclusion: null,
      conclusion_comment: null,
      archived: false,
    }),
  );
}

function copyName(ctx: RequestContext, name: string): string {
  const taken = (candidate: string) =>
    ctx.db
      .prepare('SELECT 1 FROM experiments WHERE team_id = ? AND deleted = 0 AND name = ?')
      .get(ctx.teamId, candidate);
  const base = `${name} (Copy)`;
  if (!taken(base)) return base;
  for (let n = 1; ; n++) if (!taken(`${base} ${n}`)) return `${base} ${n}`;
}

/** A new draft from an experiment. Without a new flag key the copy shares the flag (as PostHog does). */
export function duplicateExperiment(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
): Experiment {
  const input = parseBody(DuplicateExperimentInput, body);
  const { row, flag } = loadWritableExperiment(ctx, id);
  const permission = lifecyclePermission('duplicate', view(row, flag));
  // PostHog answers this one with a bare {detail}, no type/code/attr (contract §1.3).
  if (!permission.allowed) throw new ApiProblem(400, { detail: permission.reason });
  const values = storedValues(row);
  const name = input.name ?? copyName(ctx, row.name);
  let parameters = values.parameters as Record<string, unknown> | null;
  let flagId = flag.id;
  if (input.feature_flag_key && input.feature_flag_key !== flag.key) {
    const existing = findFlagByKey(ctx, input.feature_flag_key);
    if (existing) {
      // Reusing another flag: the copy takes that flag's variants.
      parameters = {
        ...parameters,
        feature_flag_variants: flagFilters(existing).multivariate?.variants ?? [],
      };
    }
    flagId = ensureFlag(ctx, {
      key: input.feature_flag_key,
      name,
      parameters,
      holdoutId: row.holdout_id,
      launch: false,
    }).id;
  }
  const now = nowIso(ctx);
  const copyId = insertRow(
    ctx.db,
    'experiments',
    encodeJsonColumns({
      ...values,
      team_id: ctx.teamId,
      name,
      parameters,
      feature_flag_id: flagId,
      start_date: null,
      end_date: null,
      archived: false,
      deleted: false,
      conclusion: null,
      conclusion_comment: null,
      type: row.type,
      access_level: 'editor',
      created_by_id: ctx.userId,
      created_at: now,
      updated_at: now,
    }),
  );
  ctx.db
    .prepare(
      `INSERT INTO experiment_to_saved_metric (experiment_id, saved_metric_id, metadata, created_at)
       SELECT ?, saved_metric_id, metadata, ? FROM experiment_to_saved_metric WHERE experiment_id = ?`,
    )
    .run(copyId, now, id);
  recordActivity(ctx, {
    scope: 'Experiment',
    itemId: copyId,
    activity: 'created',
    name,
    changes: [
      { type: 'Experiment', action: 'created', field: 'duplicated_from', before: null, after: id },
    ],
  });
  return serializeExperiment(ctx, loadExperiment(ctx, copyId) as ExperimentRow);
}
