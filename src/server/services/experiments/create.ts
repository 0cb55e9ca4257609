import {
  ExperimentCreateInput,
  variantListProblem,
  normalizeVariantsForStorage,
  WRITABLE_EXPERIMENT_FIELDS,
  type Experiment,
} from '@/shared';
import { insertRow } from '../../db/rows';
import { parseBody } from '../../http/body';
import { validationError } from '../../http/problem';
import { recordActivity } from '../activity';
import { nowIso, type RequestContext } from '../context';
import { loadSavedMetric } from '../saved-metrics';
import {
  checkDates,
  checkDuplicateUuids,
  checkGlobalFilters,
  checkFieldRules,
  checkHoldoutId,
  checkMetricReferences,
  syncOrdering,
  withFingerprints,
  withMetricUuids,
  type SavedMetricLink,
} from './checks';
import { ensureFlag } from './flag-sync';
import { checkStoredSize } from './limits';
import { encodeJsonColumns, loadExperiment, type ExperimentRow } from './row';
import { serializeExperiment } from './serialize';

export function rejectUnknownKeys(
  body: Record<string, unknown>,
  allowed: readonly string[],
  verb: 'create' | 'update',
) {
  const unknown = Object.keys(body)
    .filter((k) => !allowed.includes(k))
    .sort();
  if (unknown.length > 0)
    throw validationError(`Can't ${verb} keys: ${unknown.join(', ')} on Experiment`);
}

/** Variant checks on `parameters`, then split_percent folded into rollout_percentage for storage. */
export function prepareParameters(parameters: Record<string, unknown> | null | undefined) {
  if (parameters == null || parameters.feature_flag_variants == null) return parameters;
  const problem = variantListProblem(parameters.feature_flag_variants);
  if (problem) throw validationError(problem, 'parameters');
  const variants = parameters.feature_flag_variants as Record<string, unknown>[];
  return { ...parameters, feature_flag_variants: normalizeVariantsForStorage(variants) };
}

/** Uuids of the saved metrics' own queries, which PostHog also lists in the ordering arrays. */
export function savedMetricUuids(
  ctx: RequestContext,
  links: SavedMetricLink[],
  type: 'primary' | 'secondary',
) {
  return links
    .filter((l) => (l.metadata.type ?? 'primary') === type)
    .map((l) => (JSON.parse(loadSavedMetric(ctx, l.id)?.query ?? '{}') as { uuid?: string }).uuid)
    .filter((u): u is string => typeof u === 'string');
}

export function linkSavedMetrics(
  ctx: RequestContext,
  experimentId: number,
  links: SavedMetricLink[],
): void {
  ctx.db
    .prepare('DELETE FROM experiment_to_saved_metric WHERE experiment_id = ?')
    .run(experimentId);
  for (const link of links) {
    insertRow(ctx.db, 'experiment_to_saved_metric', {
      experiment_id: experimentId,
      saved_metric_id: link.id,
      metadata: link.metadata,
      created_at: nowIso(ctx),
    });
  }
}

/**
 * PostHog fills an ordering array only when metrics were sent (`if metrics is not None`) or saved metrics
 * were linked; otherwise it stays as sent, null by default (contract §4).
 */
function initialOrdering(
  given: string[] | null | undefined,
  inline: { uuid?: unknown }[] | null,
  saved: string[],
): string[] | null {
  if (inline === null && saved.length === 0) return given ?? null;
  return syncOrdering(given, [...(inline ?? []).map((m) => m.uuid as string), ...saved]);
}

/** POST /experiments/ (contract §3.3). Runs inside the caller's transaction: all or nothing. */
export function createExperiment(ctx: RequestContext, body: Record<string, unknown>): Experiment {
  rejectUnknownKeys(body, WRITABLE_EXPERIMENT_FIELDS, 'create');
  const links = checkFieldRules(ctx, body) ?? [];
  const input = parseBody(ExperimentCreateInput, body);
  const parameters = prepareParameters(input.parameters);
  const metrics = withMetricUuids(input.metrics) ?? [];
  const secondary = withMetricUuids(input.metrics_secondary) ?? [];
  checkMetricReferences(ctx, [...metrics, ...secondary], input.allow_unknown_events ?? false);
  checkHoldoutId(ctx, input.holdout_id);
  checkDates(input.start_date, input.end_date);
  checkGlobalFilters(input.filters);
  const flag = ensureFlag(ctx, {
    key: input.feature_flag_key,
    name: input.name,
    parameters,
    holdoutId: input.holdout_id,
    launch: Boolean(input.start_date),
  });
  checkDuplicateUuids([...metrics, ...secondary]);
  const now = nowIso(ctx);
  const values = {
    team_id: ctx.teamId,
    name: input.name,
    description: input.description ?? null,
    start_date: input.start_date ?? null,
    end_date: input.end_date ?? null,
    feature_flag_id: flag.id,
    holdout_id: input.holdout_id ?? null,
    parameters: parameters ?? null,
    secondary_metrics: input.secondary_metrics ?? [],
    filters: input.filters ?? {},
    archived: input.archived ?? false,
    deleted: input.deleted ?? false,
    type: input.type ?? 'product',
    exposure_criteria: {
      ...input.exposure_criteria,
      filterTestAccounts: input.exposure_criteria?.filterTestAccounts ?? true,
    },
    metrics: withFingerprints(metrics),
    metrics_secondary: withFingerprints(secondary),
    stats_config: { ...input.stats_config, method: input.stats_config?.method ?? 'bayesian' },
    scheduling_config: input.scheduling_config ?? null,
    conclusion: input.conclusion ?? null,
    conclusion_comment: input.conclusion_comment ?? null,
    primary_metrics_ordered_uuids: initialOrdering(
      input.primary_metrics_ordered_uuids,
      input.metrics == null ? null : metrics,
      savedMetricUuids(ctx, links, 'primary'),
    ),
    secondary_metrics_ordered_uuids: initialOrdering(
      input.secondary_metrics_ordered_uuids,
      input.metrics_secondary == null ? null : secondary,
      savedMetricUuids(ctx, links, 'secondary'),
    ),
    only_count_matured_users: input.only_count_matured_users ?? false,
    created_by_id: ctx.userId,
    created_at: now,
    updated_at: now,
  };
  checkStoredSize(values);
  const id = insertRow(ctx.db, 'experiments', encodeJsonColumns(values));
  linkSavedMetrics(ctx, id, links);
  recordActivity(ctx, { scope: 'Experiment', itemId: id, activity: 'created', name: input.name });
  return serializeExperiment(ctx, loadExperiment(ctx, id, true) as ExperimentRow);
}
