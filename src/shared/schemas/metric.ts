import { z } from 'zod';
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
    kind: z.literal('ExperimentMetric').default('ExperimentMetric'),
    uuid: z.string().max(200).optional(),
    fingerprint: z.string().nullish(),
    name: z.string().max(400).nullish(),
    conversion_window: z.number().int().min(0).nullish(),
    conversion_window_unit: z.enum(TIME_UNITS).nullish(),
    goal: z.enum(METRIC_GOALS).nullish(),
    isSharedMetric: z.boolean().nullish(),
    sharedMetricId: z.number().nullish(),
    breakdownFilter: z.unknown().optional(),
  };
  const percentile = z.number().min(0).max(1).nullish();
  const mean = object({
    ...base,
    metric_type: z.literal('mean'),
    source,
    lower_bound_percentile: percentile,
    upper_bound_percentile: percentile,
    ignore_zeros: z.boolean().nullish(),
    threshold: z.number().nullish(),
  });
  const funnel = object({
    ...base,
    metric_type: z.literal('funnel'),
    series: z.array(source),
    funnel_order_type: z.enum(FUNNEL_ORDER_TYPES).nullish(),
  });
  const ratio = object({
    ...base,
    metric_type: z.literal('ratio'),
    numerator: source,
    denominator: source,
    numerator_outlier_handling: z.unknown().optional(),
    denominator_outlier_handling: z.unknown().optional(),
  });
  const retention = object({
    ...base,
    metric_type: z.literal('retention'),
    start_event: source,
    completion_event: source,
    retention_window_start: z.number().int(),
    retention_window_end: z.number().int(),
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
    kind: z.string().optional(),
    metric_type: z.string().optional(),
    uuid: z.string().optional(),
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
