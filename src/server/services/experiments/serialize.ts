import {
  experimentStatus,
  withSplitPercent,
  type Experiment,
  type ExperimentToSavedMetric,
} from '@/shared';
import { parseJson } from '../../db/rows';
import type { RequestContext } from '../context';
import { loadFlag, serializeMinimalFlag } from '../feature-flags';
import { loadHoldout, serializeHoldout } from '../holdouts';
import { userLookup } from '../users';
import { storedValues, type ExperimentRow } from './row';

interface LinkRow {
  id: number;
  experiment_id: number;
  saved_metric_id: number;
  metadata: string;
  created_at: string;
  query: string;
  name: string;
}

export function savedMetricLinks(
  ctx: RequestContext,
  experimentId: number,
): ExperimentToSavedMetric[] {
  const rows = ctx.db
    .prepare(
      `SELECT l.*, m.query, m.name FROM experiment_to_saved_metric l
       JOIN experiment_saved_metrics m ON m.id = l.saved_metric_id
       WHERE l.experiment_id = ? ORDER BY l.id`,
    )
    .all(experimentId) as LinkRow[];
  return rows.map((row) => ({
    id: row.id,
    experiment: row.experiment_id,
    saved_metric: row.saved_metric_id,
    metadata: parseJson(row.metadata, {}),
    created_at: row.created_at,
    query: parseJson(row.query, {}),
    name: row.name,
  }));
}

/** The PostHog `Experiment` response for a row (contract §2.1). */
export function serializeExperiment(
  ctx: RequestContext,
  row: ExperimentRow,
  users = userLookup(ctx.db),
): Experiment {
  const values = storedValues(row);
  const flagRow = loadFlag(ctx, row.feature_flag_id);
  const flag = flagRow ? serializeMinimalFlag(flagRow) : null;
  const holdoutRow = row.holdout_id == null ? undefined : loadHoldout(ctx, row.holdout_id);
  const parameters = values.parameters as Experiment['parameters'];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    start_date: row.start_date,
    end_date: row.end_date,
    feature_flag_key: flag?.key ?? '',
    feature_flag: flag,
    holdout: holdoutRow ? serializeHoldout(ctx, holdoutRow, users) : null,
    holdout_id: row.holdout_id,
    exposure_cohort: row.exposure_cohort,
    parameters: parameters?.feature_flag_variants
      ? { ...parameters, feature_flag_variants: withSplitPercent(parameters.feature_flag_variants) }
      : parameters,
    secondary_metrics: values.secondary_metrics,
    saved_metrics: savedMetricLinks(ctx, row.id),
    saved_metrics_ids: null,
    filters: values.filters,
    archived: row.archived === 1,
    deleted: row.deleted === 1,
    created_by: users(row.created_by_id),
    created_at: row.created_at,
    updated_at: row.updated_at,
    type: row.type,
    exposure_criteria: values.exposure_criteria as Experiment['exposure_criteria'],
    metrics: values.metrics as Experiment['metrics'],
    metrics_secondary: values.metrics_secondary as Experiment['metrics_secondary'],
    stats_config: values.stats_config as Experiment['stats_config'],
    scheduling_config: values.scheduling_config,
    conclusion: row.conclusion,
    conclusion_comment: row.conclusion_comment,
    primary_metrics_ordered_uuids: values.primary_metrics_ordered_uuids as string[] | null,
    secondary_metrics_ordered_uuids: values.secondary_metrics_ordered_uuids as string[] | null,
    only_count_matured_users: row.only_count_matured_users === 1,
    status: experimentStatus({
      start_date: row.start_date,
      end_date: row.end_date,
      feature_flag: flag,
    }),
    user_access_level: row.access_level,
  };
}
