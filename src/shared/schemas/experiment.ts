import { z } from 'zod';
import { UserBasic } from './common';
import { MinimalFeatureFlag } from './feature-flag';
import { ExperimentHoldout } from './holdout';
import { ExperimentMetric, ExperimentMetricInput } from './metric';
import { PropertyFilter } from './event-source';
import { ExperimentToSavedMetric, SavedMetricLinkInput } from './saved-metric';

export const EXPERIMENT_STATUSES = ['draft', 'running', 'paused', 'stopped'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];
export const CONCLUSIONS = ['won', 'lost', 'inconclusive', 'stopped_early', 'invalid'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];
export const EXPERIMENT_TYPES = ['web', 'product'] as const;
export type ExperimentType = (typeof EXPERIMENT_TYPES)[number];
export const STATS_METHODS = ['bayesian', 'frequentist'] as const;
export const MULTIPLE_VARIANT_HANDLING = ['exclude', 'first_seen'] as const;

export const NAME_MAX = 400;
export const DESCRIPTION_MAX = 3000;
export const MAX_VARIANTS = 20;

// ---- Responses: lenient. Unknown keys are kept, documented nulls accepted, new enum values tolerated. ----

export const ExperimentVariant = z.looseObject({
  key: z.string(),
  name: z.string().nullish(),
  rollout_percentage: z.number().nullish(),
  split_percent: z.number().nullish(),
});
export type ExperimentVariant = z.infer<typeof ExperimentVariant>;

export const ExperimentParameters = z.looseObject({
  feature_flag_variants: z.array(ExperimentVariant).nullish(),
  minimum_detectable_effect: z.number().nullish(),
  rollout_percentage: z.number().nullish(),
});
export type ExperimentParameters = z.infer<typeof ExperimentParameters>;

export const ExposureCriteria = z.looseObject({
  filterTestAccounts: z.boolean().nullish(),
  exposure_config: z
    .looseObject({
      kind: z.string().optional(),
      event: z.string().nullish(),
      id: z.number().nullish(),
      properties: z.array(PropertyFilter).nullish(),
    })
    .nullish(),
  multiple_variant_handling: z.string().nullish(),
});
export type ExposureCriteria = z.infer<typeof ExposureCriteria>;

export const StatsConfig = z.looseObject({
  method: z.string().optional(),
  bayesian: z.looseObject({ ci_level: z.number().optional() }).nullish(),
  frequentist: z.looseObject({ alpha: z.number().optional() }).nullish(),
});
export type StatsConfig = z.infer<typeof StatsConfig>;

export const Experiment = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.string().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  feature_flag_key: z.string(),
  feature_flag: MinimalFeatureFlag.nullish(),
  holdout: ExperimentHoldout.nullish(),
  holdout_id: z.number().nullish(),
  exposure_cohort: z.number().nullish(),
  parameters: ExperimentParameters.nullish(),
  secondary_metrics: z.unknown().optional(),
  saved_metrics: z.array(ExperimentToSavedMetric).nullish(),
  saved_metrics_ids: z.array(z.unknown()).nullish(),
  filters: z.unknown().optional(),
  archived: z.boolean().nullish(),
  deleted: z.boolean().nullish(),
  created_by: UserBasic.nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  type: z.string().nullish(),
  exposure_criteria: ExposureCriteria.nullish(),
  metrics: z.array(ExperimentMetric).nullish(),
  metrics_secondary: z.array(ExperimentMetric).nullish(),
  stats_config: StatsConfig.nullish(),
  scheduling_config: z.unknown().optional(),
  conclusion: z.string().nullish(),
  conclusion_comment: z.string().nullish(),
  primary_metrics_ordered_uuids: z.array(z.string()).nullish(),
  secondary_metrics_ordered_uuids: z.array(z.string()).nullish(),
  only_count_matured_users: z.boolean().nullish(),
  status: z.string().nullish(),
  user_access_level: z.string().nullish(),
});
export type Experiment = z.infer<typeof Experiment>;

// ---- Requests: strict. The server's rules, runnable in the browser before sending. ----

const isoDateTime = z.iso.datetime({ offset: true });

export const VariantInput = z.looseObject({
  key: z.string().min(1).max(400),
  name: z.string().max(400).nullish(),
  split_percent: z.number().min(0).max(100).nullish(),
  rollout_percentage: z.number().min(0).max(100).nullish(),
});

/** Parameters is a JSON field in PostHog: known keys are typed, extra keys (recommended_*, payloads) kept. */
export const ParametersInput = z.looseObject({
  feature_flag_variants: z.array(VariantInput).nullish(),
  minimum_detectable_effect: z.number().min(0).max(100).nullish(),
  rollout_percentage: z.number().min(0).max(100).nullish(),
  aggregation_group_type_index: z.number().int().min(0).max(4).nullish(),
  feature_flag_payloads: z.record(z.string(), z.unknown()).nullish(),
  ensure_experience_continuity: z.boolean().nullish(),
});

export const ExposureCriteriaInput = z.looseObject({
  filterTestAccounts: z.boolean().nullish(),
  exposure_config: z
    .looseObject({
      kind: z.enum(['ExperimentEventExposureConfig', 'ActionsNode']).optional(),
      event: z.string().max(400).nullish(),
      id: z.number().int().nullish(),
      properties: z.array(PropertyFilter).nullish(),
    })
    .nullish(),
  multiple_variant_handling: z.enum(MULTIPLE_VARIANT_HANDLING).nullish(),
});

export const StatsConfigInput = z.looseObject({
  method: z.enum(STATS_METHODS).optional(),
  bayesian: z.looseObject({ ci_level: z.number().gt(0).lt(1) }).nullish(),
  frequentist: z.looseObject({ alpha: z.number().gt(0).lt(1) }).nullish(),
});

const metricList = z.array(z.unknown()).nullish();

/** Every writable field of PatchedExperiment with its rule (all optional here). */
const writableShape = {
  name: z.string().trim().min(1).max(NAME_MAX),
  description: z.string().max(DESCRIPTION_MAX).nullish(),
  start_date: isoDateTime.nullish(),
  end_date: isoDateTime.nullish(),
  feature_flag_key: z.string().min(1).max(400),
  holdout_id: z.number().int().nullish(),
  parameters: ParametersInput.nullish(),
  secondary_metrics: z.unknown().optional(),
  saved_metrics_ids: z.array(z.unknown()).nullish(),
  filters: z.unknown().optional(),
  archived: z.boolean(),
  deleted: z.boolean().nullish(),
  type: z.enum(EXPERIMENT_TYPES).nullish(),
  exposure_criteria: ExposureCriteriaInput.nullish(),
  // Metric items are checked one by one (see rules/metrics.ts) to give PostHog's per-index messages.
  metrics: metricList,
  metrics_secondary: metricList,
  stats_config: StatsConfigInput.nullish(),
  scheduling_config: z.unknown().optional(),
  allow_unknown_events: z.boolean(),
  _create_in_folder: z.string().max(400),
  conclusion: z.enum(CONCLUSIONS).nullish(),
  conclusion_comment: z.string().max(4000).nullish(),
  primary_metrics_ordered_uuids: z.array(z.string()).nullish(),
  secondary_metrics_ordered_uuids: z.array(z.string()).nullish(),
  only_count_matured_users: z.boolean(),
  update_feature_flag_params: z.boolean(),
};
export type WritableExperimentField = keyof typeof writableShape;
export const WRITABLE_EXPERIMENT_FIELDS = Object.keys(writableShape) as WritableExperimentField[];

/** PATCH body: every field optional, unknown and read-only keys rejected. */
export const PatchedExperimentInput = z.strictObject(writableShape).partial();
export type PatchedExperimentInput = z.input<typeof PatchedExperimentInput>;

/** POST (and PUT) body: name and feature_flag_key required. */
export const ExperimentCreateInput = z
  .strictObject(writableShape)
  .partial()
  .required({ name: true, feature_flag_key: true });
export type ExperimentCreateInput = z.input<typeof ExperimentCreateInput>;

/** Keys PostHog lets an update touch (contract §3.4); anything else is "Can't update keys". */
export const UPDATABLE_EXPERIMENT_FIELDS: readonly WritableExperimentField[] = [
  'name',
  'description',
  'start_date',
  'end_date',
  'filters',
  'parameters',
  'archived',
  'deleted',
  'secondary_metrics',
  'holdout_id',
  'exposure_criteria',
  'metrics',
  'metrics_secondary',
  'stats_config',
  'scheduling_config',
  'conclusion',
  'conclusion_comment',
  'primary_metrics_ordered_uuids',
  'secondary_metrics_ordered_uuids',
  'saved_metrics_ids',
  'only_count_matured_users',
  'update_feature_flag_params',
  'allow_unknown_events',
  'feature_flag_key',
];

export const EndExperimentInput = z.strictObject({
  conclusion: z.enum(CONCLUSIONS).nullish(),
  conclusion_comment: z.string().max(4000).nullish(),
});
export type EndExperimentInput = z.infer<typeof EndExperimentInput>;

export const ShipVariantInput = EndExperimentInput.extend({
  variant_key: z.string().min(1).max(400),
});
export type ShipVariantInput = z.infer<typeof ShipVariantInput>;

export const DuplicateExperimentInput = z.strictObject({
  name: z.string().trim().min(1).max(NAME_MAX).optional(),
  feature_flag_key: z.string().min(1).max(400).optional(),
});
export type DuplicateExperimentInput = z.infer<typeof DuplicateExperimentInput>;

export { ExperimentMetricInput, SavedMetricLinkInput };
