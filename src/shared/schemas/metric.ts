import { z } from 'zod/mini';
import { makeEventSource } from './event-source';

export const METRIC_TYPES = ['mean', 'funnel', 'ratio', 'retention'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];
export const METRIC_GOALS = ['increase', 'decrease'] as const;
export const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const FUNNEL_ORDER_TYPES = ['strict', 'unordered', 'ordered'] as const;
export const START_HANDLING = ['first_seen', 'last_seen'] as const;

type ObjectFactory = typeof z.strictObject | typeof z.looseObject;

/** The four ExperimentMetric shapes (contract §2.7), strict for requests or lenient for responses. */
export function makeMetricSchemas(object: ObjectFactory) {
  const source = makeEventSource(object);
  const base = {
    kind: z._default(z.literal('ExperimentMetric'), 'ExperimentMetric'),
    uuid: z.optional(z.string().check(z.maxLength(200))),
    fingerprint: z.nullish(z.string()),
    name: z.nullish(z.string().check(z.maxLength(400))),
    conversion_window: z.nullish(z.int().check(z.minimum(0))),
    conversion_window_unit: z.nullish(z.enum(TIME_UNITS)),
    goal: z.nullish(z.enum(METRIC_GOALS)),
    isSharedMetric: z.nullish(z.boolean()),
    sharedMetricId: z.nullish(z.number()),
    breakdownFilter: z.optional(z.unknown()),
  };
  const percentile = z.nullish(z.number().check(z.minimum(0), z.maximum(1)));
  const mean = object({
    ...base,
    metric_type: z.literal('mean'),
    source,
    lower_bound_percentile: percentile,
    upper_bound_percentile: percentile,
    ignore_zeros: z.nullish(z.boolean()),
    threshold: z.nullish(z.number()),
  });
  const funnel = object({
    ...base,
    metric_type: z.literal('funnel'),
    series: z.array(source),
    funnel_order_type: z.nullish(z.enum(FUNNEL_ORDER_TYPES)),
  });
  const ratio = object({
    ...base,
    metric_type: z.literal('ratio'),
    numerator: source,
    denominator: source,
    numerator_outlier_handling: z.optional(z.unknown()),
    denominator_outlier_handling: z.optional(z.unknown()),
  });
  const retention = object({
    ...base,
    metric_type: z.literal('retention'),
    start_event: source,
    completion_event: source,
    retention_window_start: z.int(),
    retention_window_end: z.int(),
    retention_window_unit: z.enum(TIME_UNITS),
    start_handling: z.enum(START_HANDLING),
  });
  return {
    mean,
    funnel,
    ratio,
    retention,
    metric: z.discriminatedUnion('metric_type', [mean, funnel, ratio, retention]),
  };
}

/** Request metric: strict, exactly what PostHog's pydantic `ExperimentMetric` accepts. */
export const ExperimentMetricInput = makeMetricSchemas(z.strictObject).metric;
export type ExperimentMetricInput = z.input<typeof ExperimentMetricInput>;

const lenient = makeMetricSchemas(z.looseObject);
/**
 * Response metric: lenient. A metric PostHog adds later (or a legacy one) still parses as an unknown metric
 * so one odd metric never hides a whole experiment.
 */
export const ExperimentMetric = z.union([
  lenient.metric,
  z.looseObject({
    kind: z.optional(z.string()),
    metric_type: z.optional(z.string()),
    uuid: z.optional(z.string()),
  }),
]);
export type ExperimentMetric = z.infer<typeof lenient.metric>;
export type AnyExperimentMetric = z.infer<typeof ExperimentMetric>;

export function isKnownMetric(metric: AnyExperimentMetric): metric is ExperimentMetric {
  return (
    metric.kind === 'ExperimentMetric' &&
    (METRIC_TYPES as readonly unknown[]).includes(metric.metric_type)
  );
}
