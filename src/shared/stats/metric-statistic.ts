import type { ExperimentStatsBase } from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';
import { proportion, ratio, sampleMean, type AnyStatistic } from './statistics';

/**
 * Which statistic a metric type uses (PostHog's `metric_variant_to_statistic`): a mean, a conversion
 * rate for funnels (successes truncated to an integer, as PostHog's `int(sum)`), and a delta-method ratio
 * for ratio and retention metrics (retention's denominator is 1 per unit that did the start event).
 */
export function metricStatistic(
  metricType: MetricType,
  variant: ExperimentStatsBase,
): AnyStatistic {
  const n = variant.number_of_samples;
  switch (metricType) {
    case 'mean':
      return sampleMean(n, variant.sum, variant.sum_squares);
    case 'funnel':
      return proportion(n, Math.trunc(variant.sum));
    case 'ratio':
    case 'retention':
      return ratio(
        n,
        sampleMean(n, variant.sum, variant.sum_squares),
        sampleMean(n, variant.denominator_sum ?? 0, variant.denominator_sum_squares ?? 0),
        variant.numerator_denominator_sum_product ?? 0,
      );
  }
}
