import type { ExperimentStatsBase, ValidationFailure } from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';

/** PostHog's minimum exposures per variant before it computes statistics. */
export const MIN_EXPOSURES_PER_VARIANT = 50;
/** Funnel and retention metrics also need this many conversions per variant. */
export const MIN_METRIC_EVENTS = 5;

/**
 * PostHog's `validate_variant_result` (results.md §2.3): why a variant's statistics are skipped. `[]`
 * means it may be tested. A baseline failure skips every variant.
 */
export function validationFailures(
  variant: Pick<ExperimentStatsBase, 'number_of_samples' | 'sum'>,
  metricType: MetricType,
  isBaseline: boolean,
): ValidationFailure[] {
  const failures: ValidationFailure[] = [];
  if (variant.number_of_samples < MIN_EXPOSURES_PER_VARIANT) failures.push('not-enough-exposures');
  if ((metricType === 'funnel' || metricType === 'retention') && variant.sum < MIN_METRIC_EVENTS) {
    failures.push('not-enough-metric-data');
  }
  if (isBaseline && variant.sum === 0) failures.push('baseline-mean-is-zero');
  return failures;
}
