import type { ExperimentStatsBase } from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';

/** PostHog's formatting of the results table (results.md §4, FE-UTILS). Browser-safe: no @stdlib here. */

const NONE = '—';

/** The delta as a signed percentage with 2 decimals ("+11.20%"), or "—" without an interval. */
export function formatDeltaPercent(delta: number | null | undefined, decimals = 2): string {
  if (delta == null) return NONE;
  const percent = delta * 100;
  return `${percent > 0 ? '+' : ''}${percent.toFixed(decimals)}%`;
}

/** "[8.10%, 14.30%]", or "—". */
export function formatIntervalPercent(interval: readonly [number, number] | null | undefined) {
  if (!interval) return NONE;
  return `[${(interval[0] * 100).toFixed(2)}%, ${(interval[1] * 100).toFixed(2)}%]`;
}

/** "> 99.9%", "< 0.1%", 2 decimals below 1 %, otherwise 1 decimal; "—" for null. */
export function formatChanceToWin(chanceToWin: number | null | undefined): string {
  if (chanceToWin == null) return NONE;
  const percent = chanceToWin * 100;
  if (percent >= 99.9) return '> 99.9%';
  if (percent <= 0.1) return '< 0.1%';
  return `${percent.toFixed(percent < 1 ? 2 : 1)}%`;
}

/** "< 0.001", 4 decimals below 0.01, otherwise 3; "—" for null and for 0 (as PostHog). */
export function formatPValue(pValue: number | null | undefined): string {
  if (!pValue) return NONE;
  if (pValue < 0.001) return '< 0.001';
  return pValue.toFixed(pValue < 0.01 ? 4 : 3);
}

/**
 * The value column: a mean to 2 decimals, a funnel or retention rate as a percentage to 2 decimals, a
 * ratio as sum/denominator_sum to 2 decimals (PostHog's "0.000" when there is no denominator).
 */
export function formatMetricValue(
  variant: Pick<ExperimentStatsBase, 'sum' | 'number_of_samples' | 'denominator_sum'>,
  metricType: MetricType,
): string {
  if (metricType === 'ratio') {
    const denominator = variant.denominator_sum;
    return denominator && denominator > 0 ? (variant.sum / denominator).toFixed(2) : '0.000';
  }
  const value = variant.sum / variant.number_of_samples;
  if (Number.isNaN(value)) return NONE;
  return metricType === 'mean' ? value.toFixed(2) : `${(value * 100).toFixed(2)}%`;
}
