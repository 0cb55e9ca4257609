import { z } from 'zod/mini';
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
  name: z.nullish(z.string()),
  rollout_percentage: z.nullish(z.number()),
  split_percent: z.nullish(z.number()),
});
export type ExperimentVariant = z.infer<typeof ExperimentVariant>;

export const ExperimentParameters = z.looseObject({
  feature_flag_variants: z.nullish(z.array(ExperimentVariant)),
  minimum_detectable_effect: z.nullish(z.number()),
  rollout_percentage: z.nullish(z.number()),
});
export type ExperimentParameters = z.infer<typeof ExperimentParameters>;

export const ExposureCriteria = z.looseObject({
  filterTestAccounts: z.nullish(z.boolean()),
  exposure_config: z.nullish(
    z.looseObject({
      kind: z.optional(z.string()),
      event: z.nullish(z.string()),
      id: z.nullish(z.number()),
      properties: z.nullish(z.array(PropertyFilter)),
    }),
  ),
  multiple_variant_handling: z.nullish(z.string()),
});
export type ExposureCriteria = z.infer<typeof ExposureCriteria>;

export const StatsConfig = z.looseObject({
  method: z.optional(z.string()),
  bayesian: z.nullish(z.looseObject({ ci_level: z.optional(z.number()) })),
  frequentist: z.nullish(z.looseObject({ alpha: z.optional(z.number()) })),
});
export type StatsConfig = z.infer<typeof StatsConfig>;

export const Experiment = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.nullish(z.string()),
  start_date: z.nullish(z.string()),
  end_date: z.nullish(z.string()),
  feature_flag_key: z.string(),
  feature_flag: z.nullish(MinimalFeatureFlag),
  holdout: z.nullish(ExperimentHoldout),
  holdout_id: z.nullish(z.number()),
  exposure_cohort: z.nullish(z.number()),
  parameters: z.nullish(ExperimentParameters),
  secondary_metrics: z.optional(z.unknown()),
  saved_metrics: z.nullish(z.array(ExperimentToSavedMetric)),
  saved_metrics_ids: z.nullish(z.array(z.unknown())),
  filters: z.optional(z.unknown()),
  archived: z.nullish(z.boolean()),
  deleted: z.nullish(z.boolean()),
  created_by: z.nullish(UserBasic),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
  type: z.nullish(z.string()),
  exposure_criteria: z.nullish(ExposureCriteria),
  metrics: z.nullish(z.array(ExperimentMetric)),
  metrics_secondary: z.nullish(z.array(ExperimentMetric)),
  stats_config: z.nullish(StatsConfig),
  scheduling_config: z.optional(z.unknown()),
  conclusion: z.nullish(z.string()),
  conclusion_comment: z.nullish(z.string()),
  primary_metrics_ordered_uuids: z.nullish(z.array(z.string())),
  secondary_metrics_ordered_uuids: z.nullish(z.array(z.string())),
  only_count_matured_users: z.nullish(z.boolean()),
  status: z.nullish(z.string()),
  user_access_level: z.nullish(z.string()),
});
export type Experiment = z.infer<typeof Experiment>;

// ---- Requests: strict. The server's rules, runnable in the browser before sending. ----

const isoDateTime = z.iso.datetime({ offset: true });

export const VariantInput = z.looseObject({
  key: z.string().check(z.minLength(1), z.maxLength(400)),
  name: z.nullish(z.string().check(z.maxLength(400))),
  split_percent: z.nullish(z.number().check(z.minimum(0), z.maximum(100))),
  rollout_percentage: z.nullish(z.number().check(z.minimum(0), z.maximum(100))),
});

/** Parameters is a JSON field in PostHog: known keys are typed, extra keys (recommended_*, payloads) kept. */
export const ParametersInput = z.looseObject({
  feature_flag_variants: z.nullish(z.array(VariantInput)),
  minimum_detectable_effect: z.nullish(z.number().check(z.minimum(0), z.maximum(100))),
  rollout_percentage: z.nullish(z.number().check(z.minimum(0), z.maximum(100))),
  aggregation_group_type_index: z.nullish(z.int().check(z.minimum(0), z.maximum(4))),
  feature_flag_payloads: z.nullish(z.record(z.string(), z.unknown())),
  ensure_experience_continuity: z.nullish(z.boolean()),
});

export const ExposureCriteriaInput = z.looseObject({
  filterTestAccounts: z.nullish(z.boolean()),
  exposure_config: z.nullish(
    z.looseObject({
      kind: z.optional(z.enum(['ExperimentEventExposureConfig', 'ActionsNode'])),
      event: z.nullish(z.string().check(z.maxLength(400))),
      id: z.nullish(z.int()),
      properties: z.nullish(z.array(PropertyFilter)),
    }),
  ),
  multiple_variant_handling: z.nullish(z.enum(MULTIPLE_VARIANT_HANDLING)),
});

export const StatsConfigInput = z.looseObject({
  method: z.optional(z.enum(STATS_METHODS)),
  bayesian: z.nullish(z.looseObject({ ci_level: z.number().check(z.gt(0), z.lt(1)) })),
  frequentist: z.nullish(z.looseObject({ alpha: z.number().check(z.gt(0), z.lt(1)) })),
});

const metricList = z.nullish(z.array(z.unknown()));

/** Every writable field of PatchedExperiment with its rule (all optional here). */
const writableShape = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX)),
  description: z.nullish(z.string().check(z.maxLength(DESCRIPTION_MAX))),
  start_date: z.nullish(isoDateTime),
  end_date: z.nullish(isoDateTime),
  feature_flag_key: z.string().check(z.minLength(1), z.maxLength(400)),
  holdout_id: z.nullish(z.int()),
  parameters: z.nullish(ParametersInput),
  secondary_metrics: z.optional(z.unknown()),
  saved_metrics_ids: z.nullish(z.array(z.unknown())),
  filters: z.optional(z.unknown()),
  archived: z.boolean(),
  deleted: z.nullish(z.boolean()),
  type: z.nullish(z.enum(EXPERIMENT_TYPES)),
  exposure_criteria: z.nullish(ExposureCriteriaInput),
  // Metric items are checked one by one (see rules/metrics.ts) to give PostHog's per-index messages.
  metrics: metricList,
  metrics_secondary: metricList,
  stats_config: z.nullish(StatsConfigInput),
  scheduling_config: z.optional(z.unknown()),
  allow_unknown_events: z.boolean(),
  _create_in_folder: z.string().check(z.maxLength(400)),
  conclusion: z.nullish(z.enum(CONCLUSIONS)),
  conclusion_comment: z.nullish(z.string().check(z.maxLength(4000))),
  primary_metrics_ordered_uuids: z.nullish(z.array(z.string())),
  secondary_metrics_ordered_uuids: z.nullish(z.array(z.string())),
  only_count_matured_users: z.boolean(),
  update_feature_flag_params: z.boolean(),
};
export type WritableExperimentField = keyof typeof writableShape;
export const WRITABLE_EXPERIMENT_FIELDS = Object.keys(writableShape) as WritableExperimentField[];

// The two body schemas are built on their first use (z.lazy): building a partial copy of every writable
// field took ~6 ms of each page's start in the browser, which only needs them once someone saves.

/** PATCH body: every field optional, unknown and read-only keys rejected. */
export const PatchedExperimentInput = z.lazy(() => z.partial(z.strictObject(writableShape)));
export type PatchedExperimentInput = z.input<typeof PatchedExperimentInput>;

/** POST (and PUT) body: name and feature_flag_key required. */
export const ExperimentCreateInput = z.lazy(() =>
  z.required(z.partial(z.strictObject(writableShape)), {
    name: true,
    feature_flag_key: true,
  }),
);
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
  conclusion: z.nullish(z.enum(CONCLUSIONS)),
  conclusion_comment: z.nullish(z.string().check(z.maxLength(4000))),
});
export type EndExperimentInput = z.infer<typeof EndExperimentInput>;

export const ShipVariantInput = z.extend(EndExperimentInput, {
  variant_key: z.string().check(z.minLength(1), z.maxLength(400)),
});
export type ShipVariantInput = z.infer<typeof ShipVariantInput>;

export const DuplicateExperimentInput = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX))),
  feature_flag_key: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
});
export type DuplicateExperimentInput = z.infer<typeof DuplicateExperimentInput>;

export { ExperimentMetricInput, SavedMetricLinkInput };
