import {
  canEdit,
  experimentStatus,
  ExperimentCreateInput,
  PatchedExperimentInput,
  UPDATABLE_EXPERIMENT_FIELDS,
  usesLegacyMetrics,
  type Experiment,
} from '@/shared';
import { updateRow } from '../../db/rows';
import { parseBody } from '../../http/body';
import { notFound, permissionDenied, validationError } from '../../http/problem';
import { diffFields, recordActivity } from '../activity';
import { nowIso, type RequestContext } from '../context';
import { flagFilters, loadFlag, updateFlag, type FlagRow } from '../feature-flags';
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
import { linkSavedMetrics, prepareParameters, rejectUnknownKeys, savedMetricUuids } from './create';
import { syncFlagFromExperiment } from './flag-sync';
import { checkStoredSize } from './limits';
import {
  encodeJsonColumns,
  loadExperiment,
  STORED_FIELDS,
  storedValues,
  type ExperimentRow,
  type StoredField,
} from './row';
import { serializeExperiment } from './serialize';

const LEGACY_EDITABLE = ['name', 'description', 'end_date', 'deleted'];

/** Loads a row the current user may write, or throws PostHog's 404 / 403. */
export function loadWritableExperiment(ctx: RequestContext, id: number, includeDeleted = false) {
  const row = loadExperiment(ctx, id, includeDeleted);
  if (!row) throw notFound();
  if (!canEdit({ user_access_level: row.access_level })) throw permissionDenied();
  const flag = loadFlag(ctx, row.feature_flag_id) as FlagRow;
  return { row, flag };
}

function checkKeys(body: Record<string, unknown>, flag: FlagRow): void {
  const { feature_flag_key: key, ...rest } = body;
  rejectUnknownKeys(
    key === undefined || key === flag.key ? rest : { ...rest, get_feature_flag_key: key },
    UPDATABLE_EXPERIMENT_FIELDS,
    'update',
  );
}

function sameVariantKeys(a: readonly { key: string }[], b: readonly { key: string }[]): boolean {
  const keys = (list: readonly { key: string }[]) =>
    list
      .map((v) => v.key)
      .sort()
      .join('\u0000');
  return a.length === b.length && keys(a) === keys(b);
}

/** PATCH (and PUT) /experiments/{id}/ with every rule of contract §3.4. Runs inside the caller's transaction. */
export function updateExperiment(
  ctx: RequestContext,
  id: number,
  body: Record<string, unknown>,
  { replace = false } = {},
): Experiment {
  const { row, flag } = loadWritableExperiment(ctx, id, 'deleted' in body);
  checkKeys(body, flag);
  const links = checkFieldRules(ctx, body);
  const input = replace
    ? parseBody(ExperimentCreateInput, body)
    : parseBody(PatchedExperimentInput, body);
  const before = storedValues(row);
  const status = experimentStatus({ ...row, feature_flag: { active: flag.active === 1 } });

  if (usesLegacyMetrics(before as Parameters<typeof usesLegacyMetrics>[0])) {
    const blocked = Object.keys(body)
      .filter((k) => !LEGACY_EDITABLE.includes(k))
      .sort();
    if (blocked.length > 0) {
      throw validationError(
        `This experiment uses legacy metric formats and can only have its name, description, or end_date updated. Cannot update: ${blocked.join(', ')}`,
      );
    }
  }
  if (input.deleted === false && row.deleted === 1 && flag.deleted === 1) {
    throw validationError(
      'Cannot restore experiment: the linked feature flag has been deleted. Restore the feature flag first, then restore the experiment.',
    );
  }

  const parameters =
    input.parameters === undefined ? undefined : prepareParameters(input.parameters);
  const variants = parameters?.feature_flag_variants as { key: string }[] | undefined;
  if (
    status !== 'draft' &&
    variants &&
    !sameVariantKeys(variants, flagFilters(flag).multivariate?.variants ?? [])
  ) {
    throw validationError("Can't update feature_flag_variants on Experiment");
  }
  const holdoutChanged =
    input.holdout_id !== undefined && (input.holdout_id ?? null) !== row.holdout_id;
  if (status !== 'draft' && holdoutChanged)
    throw validationError("Can't update holdout on running Experiment");

  const metrics = input.metrics === undefined ? undefined : (withMetricUuids(input.metrics) ?? []);
  const secondary =
    input.metrics_secondary === undefined
      ? undefined
      : (withMetricUuids(input.metrics_secondary) ?? []);
  checkMetricReferences(
    ctx,
    [...(metrics ?? []), ...(secondary ?? [])],
    input.allow_unknown_events ?? false,
  );
  checkGlobalFilters(input.filters);
  checkHoldoutId(ctx, input.holdout_id);

  const after: Record<StoredField, unknown> = { ...before };
  for (const field of STORED_FIELDS) {
    if (field in input) after[field] = (input as Record<string, unknown>)[field] ?? null;
  }
  if (parameters !== undefined) after.parameters = parameters;
  if (metrics !== undefined) after.metrics = withFingerprints(metrics);
  if (secondary !== undefined) after.metrics_secondary = withFingerprints(secondary);
  for (const field of ['archived', 'only_count_matured_users', 'deleted'] as const)
    after[field] = Boolean(after[field]);
  checkDates(after.start_date as string | null, after.end_date as string | null);
  const allMetrics = [
    ...((after.metrics as { uuid: string }[] | null) ?? []),
    ...((after.metrics_secondary as { uuid: string }[] | null) ?? []),
  ];
  checkDuplicateUuids(allMetrics);

  const sharedBefore = links ? sharedMetricsOf(ctx, linksOf(ctx, id)) : null;
  if (links) linkSavedMetrics(ctx, id, links);
  const currentLinks = links ?? linksOf(ctx, id);
  // An ordering still null (nothing was ever ordered) stays null until metrics or the ordering are sent.
  const resync = (field: 'primary' | 'secondary', metricField: 'metrics' | 'metrics_secondary') => {
    const orderField = `${field}_metrics_ordered_uuids` as const;
    const current = input[orderField] ?? before[orderField];
    const touched = input[metricField] !== undefined || links !== null || input[orderField] != null;
    if (current == null && !touched) return null;
    return syncOrdering(current, [
      ...((after[metricField] as { uuid: string }[] | null) ?? []).map((m) => m.uuid),
      ...savedMetricUuids(ctx, currentLinks, field),
    ]);
  };
  after.primary_metrics_ordered_uuids = resync('primary', 'metrics');
  after.secondary_metrics_ordered_uuids = resync('secondary', 'metrics_secondary');

  let syncedFlag = flag;
  if (status === 'draft' || input.update_feature_flag_params) {
    syncedFlag = syncFlagFromExperiment(ctx, flag, {
      parameters,
      holdoutChanged,
      holdoutId: after.holdout_id as number | null,
    });
  }
  if (status === 'draft' && after.start_date && syncedFlag.active === 0)
    updateFlag(ctx, syncedFlag, { active: true });

  checkStoredSize(after);
  const changes = diffFields('Experiment', before, after, STORED_FIELDS);
  const changed = Object.fromEntries(
    changes.map((c) => [c.field as string, after[c.field as StoredField]]),
  );
  updateRow(ctx.db, 'experiments', id, encodeJsonColumns({ ...changed, updated_at: nowIso(ctx) }));
  const activity =
    input.deleted === true && row.deleted === 0
      ? 'deleted'
      : input.deleted === false && row.deleted === 1
        ? 'restored'
        : 'updated';
  recordActivity(ctx, {
    scope: 'Experiment',
    itemId: id,
    activity,
    name: (after.name as string) ?? row.name,
    // Links to shared metrics live in their own table; the log names them too, so History and the end
    // dialog's goalposts see a shared metric added to or removed from a running experiment.
    changes: sharedBefore
      ? [
          ...changes,
          ...diffFields(
            'Experiment',
            { saved_metrics: sharedBefore },
            { saved_metrics: sharedMetricsOf(ctx, currentLinks) },
            ['saved_metrics'],
          ),
        ]
      : changes,
  });
  return serializeExperiment(ctx, loadExperiment(ctx, id, true) as ExperimentRow);
}

function linksOf(ctx: RequestContext, experimentId: number) {
  const rows = ctx.db
    .prepare(
      'SELECT saved_metric_id AS id, metadata FROM experiment_to_saved_metric WHERE experiment_id = ?',
    )
    .all(experimentId) as { id: number; metadata: string }[];
  return rows.map((r) => ({
    id: r.id,
    metadata: JSON.parse(r.metadata) as Record<string, unknown>,
  }));
}

/** Linked shared metrics as the activity log shows them: id, name and list, in a stable order. */
function sharedMetricsOf(ctx: RequestContext, links: SavedMetricLink[]) {
  return links
    .map((link) => ({
      id: link.id,
      name: loadSavedMetric(ctx, link.id)?.name ?? `Shared metric #${link.id}`,
      type: link.metadata.type === 'secondary' ? 'secondary' : 'primary',
    }))
    .sort((a, b) => a.id - b.id);
}
