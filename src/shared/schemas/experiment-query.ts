import { z } from 'zod/mini';
import { ExperimentMetricInput } from './metric';

/**
 * PostHog's experiment results contract (results.md §1–§3): the `ExperimentQuery` and
 * `ExperimentExposureQuery` nodes sent to `POST …/query/`, and their answers. Requests strict, answers
 * lenient (legacy keys arrive as null, PostHog adds fields over time).
 */

export const EXPERIMENT_QUERY_KINDS = ['ExperimentQuery', 'ExperimentExposureQuery'] as const;
export type ExperimentQueryKind = (typeof EXPERIMENT_QUERY_KINDS)[number];

export const QUERY_REFRESH_MODES = [
  'async',
  'async_except_on_cache_miss',
  'blocking',
  'force_async',
  'force_blocking',
  'force_cache',
  'lazy_async',
] as const;

/**
 * The variant of people exposed to more than one variant: PostHog reports them apart (last in the
 * exposures) and leaves them out of every result.
 */
export const MULTIPLE_VARIANT_KEY = '$multiple';

export const VALIDATION_FAILURES = [
  'not-enough-exposures',
  'baseline-mean-is-zero',
  'not-enough-metric-data',
] as const;
export type ValidationFailure = (typeof VALIDATION_FAILURES)[number];

// ---- Requests: strict ----

const experimentId = z.int().check(z.positive());
// Fields PostHog's frontend adds to every node (setLatestVersionsOnQuery) or that DataNode carries.
const nodeExtras = {
  version: z.optional(z.number()),
  response: z.optional(z.unknown()),
  modifiers: z.optional(z.unknown()),
  tags: z.optional(z.unknown()),
};

export const ExperimentQueryInput = z.strictObject({
  kind: z.literal('ExperimentQuery'),
  metric: ExperimentMetricInput,
  experiment_id: experimentId,
  name: z.nullish(z.string()),
  precomputation_mode: z.nullish(z.enum(['precomputed', 'direct'])),
  ...nodeExtras,
});
export type ExperimentQueryInput = z.input<typeof ExperimentQueryInput>;

export const ExperimentExposureQueryInput = z.strictObject({
  kind: z.literal('ExperimentExposureQuery'),
  experiment_id: experimentId,
  // The rest is sent by PostHog's UI; the runner reads the stored experiment, as PostHog's does.
  experiment_name: z.optional(z.string()),
  exposure_criteria: z.nullish(z.unknown()),
  feature_flag: z.optional(z.unknown()),
  start_date: z.nullish(z.string()),
  end_date: z.nullish(z.string()),
  holdout: z.nullish(z.unknown()),
  ...nodeExtras,
});
export type ExperimentExposureQueryInput = z.input<typeof ExperimentExposureQueryInput>;

export const ExperimentQueryNodeInput = z.discriminatedUnion('kind', [
  ExperimentQueryInput,
  ExperimentExposureQueryInput,
]);

/** The `QueryRequest` body; `query` is any node here, the kind is checked by whoever answers it. */
export const QueryRequestInput = z.strictObject({
  query: z.looseObject({ kind: z.string() }),
  client_query_id: z.nullish(z.string().check(z.maxLength(200))),
  refresh: z.nullish(z.union([z.enum(QUERY_REFRESH_MODES), z.boolean()])),
  async: z.nullish(z.boolean()),
  filters_override: z.nullish(z.unknown()),
  variables_override: z.nullish(z.unknown()),
  name: z.nullish(z.string()),
  limit_context: z.nullish(z.string()),
});
export type QueryRequestInput = z.input<typeof QueryRequestInput>;

// ---- Responses: lenient ----

export const SessionData = z.looseObject({
  person_id: z.string(),
  session_id: z.string(),
  event_uuid: z.string(),
  timestamp: z.string(),
});

const statsBaseShape = {
  key: z.string(),
  number_of_samples: z.number(),
  sum: z.number(),
  sum_squares: z.number(),
  covariate_sum: z.nullish(z.number()),
  covariate_sum_squares: z.nullish(z.number()),
  covariate_sum_product: z.nullish(z.number()),
  denominator_sum: z.nullish(z.number()),
  denominator_sum_squares: z.nullish(z.number()),
  numerator_denominator_sum_product: z.nullish(z.number()),
  step_counts: z.nullish(z.array(z.number())),
  step_sessions: z.nullish(z.array(z.array(SessionData))),
  // New failure codes may come; keep them as strings.
  validation_failures: z.nullish(z.array(z.string())),
};

export const ExperimentStatsBase = z.looseObject(statsBaseShape);
export type ExperimentStatsBase = z.infer<typeof ExperimentStatsBase>;

const interval = z.tuple([z.number(), z.number()]);

export const ExperimentVariantResultBayesian = z.looseObject({
  ...statsBaseShape,
  method: z.literal('bayesian'),
  significant: z.nullish(z.boolean()),
  chance_to_win: z.nullish(z.number()),
  credible_interval: z.nullish(interval),
});
export type ExperimentVariantResultBayesian = z.infer<typeof ExperimentVariantResultBayesian>;

export const ExperimentVariantResultFrequentist = z.looseObject({
  ...statsBaseShape,
  method: z.literal('frequentist'),
  significant: z.nullish(z.boolean()),
  p_value: z.nullish(z.number()),
  confidence_interval: z.nullish(interval),
});
export type ExperimentVariantResultFrequentist = z.infer<typeof ExperimentVariantResultFrequentist>;

export const ExperimentVariantResult = z.discriminatedUnion('method', [
  ExperimentVariantResultBayesian,
  ExperimentVariantResultFrequentist,
]);
export type ExperimentVariantResult = z.infer<typeof ExperimentVariantResult>;

export const ExperimentBreakdownResult = z.looseObject({
  breakdown_value: z.array(z.union([z.string(), z.number()])),
  baseline: ExperimentStatsBase,
  variants: z.array(ExperimentVariantResult),
});

export const QueryStatus = z.looseObject({
  id: z.string(),
  query_async: z.nullish(z.boolean()),
  team_id: z.nullish(z.number()),
  error: z.nullish(z.boolean()),
  complete: z.nullish(z.boolean()),
  error_message: z.nullish(z.string()),
  results: z.optional(z.unknown()),
  pickup_time: z.nullish(z.string()),
  start_time: z.nullish(z.string()),
  end_time: z.nullish(z.string()),
  expiration_time: z.nullish(z.string()),
});
export type QueryStatus = z.infer<typeof QueryStatus>;

/** CachedQueryResponseMixin: every cached answer carries these. */
const cachedShape = {
  is_cached: z.nullish(z.boolean()),
  last_refresh: z.nullish(z.string()),
  next_allowed_client_refresh: z.nullish(z.string()),
  cache_target_age: z.nullish(z.string()),
  cache_key: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
  query_status: z.nullish(QueryStatus),
  calculation_trigger: z.nullish(z.string()),
  query_metadata: z.optional(z.unknown()),
};

export const ExperimentQueryResponse = z.looseObject({
  // Legacy keys: present as null on new-style answers.
  kind: z.nullish(z.string()),
  insight: z.optional(z.unknown()),
  metric: z.optional(z.unknown()),
  variants: z.optional(z.unknown()),
  probability: z.nullish(z.record(z.string(), z.number())),
  significant: z.nullish(z.boolean()),
  significance_code: z.nullish(z.string()),
  stats_version: z.nullish(z.number()),
  p_value: z.nullish(z.number()),
  credible_intervals: z.nullish(z.record(z.string(), interval)),
  // New keys.
  baseline: z.nullish(ExperimentStatsBase),
  variant_results: z.nullish(z.array(ExperimentVariantResult)),
  breakdown_results: z.nullish(z.array(ExperimentBreakdownResult)),
  clickhouse_sql: z.nullish(z.string()),
  hogql: z.nullish(z.string()),
  is_precomputed: z.nullish(z.boolean()),
  warnings: z.optional(z.unknown()),
  ...cachedShape,
});
export type ExperimentQueryResponse = z.infer<typeof ExperimentQueryResponse>;

export const ExposureTimeseries = z.looseObject({
  variant: z.string(),
  days: z.array(z.string()),
  exposure_counts: z.array(z.number()),
});
export type ExposureTimeseries = z.infer<typeof ExposureTimeseries>;

export const SampleRatioMismatch = z.looseObject({
  expected: z.record(z.string(), z.number()),
  // Lenient: an answer without a p-value (null) still shows its exposures; the check is just not made.
  p_value: z.nullish(z.number()),
});
export type SampleRatioMismatch = z.infer<typeof SampleRatioMismatch>;

export const ExperimentExposureQueryResponse = z.looseObject({
  kind: z.nullish(z.string()),
  timeseries: z.array(ExposureTimeseries),
  total_exposures: z.record(z.string(), z.number()),
  date_range: z.nullish(
    z.looseObject({
      date_from: z.nullish(z.string()),
      date_to: z.nullish(z.string()),
      explicitDate: z.nullish(z.boolean()),
    }),
  ),
  sample_ratio_mismatch: z.nullish(SampleRatioMismatch),
  bias_risk: z.nullish(z.looseObject({ multiple_variant_percentage: z.number() })),
  warnings: z.optional(z.unknown()),
  ...cachedShape,
});
export type ExperimentExposureQueryResponse = z.infer<typeof ExperimentExposureQueryResponse>;

/** `GET …/query/{id}/` while an async query runs. */
export const QueryStatusResponse = z.looseObject({ query_status: QueryStatus });
export type QueryStatusResponse = z.infer<typeof QueryStatusResponse>;

/** A query answer that is still running (202, or a cached body with an incomplete status). */
export function pendingQueryStatus(body: unknown): QueryStatus | null {
  const status = (body as { query_status?: unknown } | null)?.query_status;
  const parsed = QueryStatus.safeParse(status);
  return parsed.success && parsed.data.complete === false ? parsed.data : null;
}
