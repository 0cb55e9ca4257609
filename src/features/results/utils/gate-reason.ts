import {
  METRIC_EVENTS,
  MIN_EXPOSURES_PER_VARIANT,
  MIN_METRIC_EVENTS,
  samplesNoun,
  type ExperimentStatsBase,
  type MetricType,
} from '@/shared';
import { formatCount } from './format-count';

/**
 * Why a variant has no statistics, in a sentence a PM can act on, with the numbers: "needs 50 exposed
 * people per variant; test has 23". When only the baseline failed a gate, the sentence names it: then no
 * variant can be compared.
 */
export function gateReason(
  variant: ExperimentStatsBase,
  metricType: MetricType,
  baseline: ExperimentStatsBase,
): string {
  const own = variant.validation_failures ?? [];
  const base = baseline.validation_failures ?? [];
  // The variant's own shortfall first: it is what this row can do about; then the baseline's.
  if (own.length) return reasonFor(own, variant, metricType, variant.key);
  if (base.length) return reasonFor(base, baseline, metricType, `${baseline.key} (the baseline)`);
  // Stats skipped without a gate: PostHog's tests refused the data (no variation, a rate of 0 or 100 %).
  return 'the numbers do not vary enough yet to estimate a difference';
}

function reasonFor(
  failures: readonly string[],
  stats: ExperimentStatsBase,
  metricType: MetricType,
  who: string,
): string {
  const events = METRIC_EVENTS[metricType];
  if (failures.includes('not-enough-exposures')) {
    const needs = `${MIN_EXPOSURES_PER_VARIANT} ${samplesNoun(metricType)}`;
    return `needs ${needs} per variant; ${who} has ${formatCount(stats.number_of_samples)}`;
  }
  if (failures.includes('not-enough-metric-data')) {
    return `needs ${MIN_METRIC_EVENTS} ${events} per variant; ${who} has ${formatCount(stats.sum)}`;
  }
  if (failures.includes('baseline-mean-is-zero')) {
    return `${who} has no ${events} yet, so there is nothing to compare against`;
  }
  return `PostHog skipped the statistics (${failures.join(', ')})`;
}
