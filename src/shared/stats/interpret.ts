import type { ExperimentVariantResult } from '../schemas/experiment-query';
import type { METRIC_GOALS } from '../schemas/metric';

/**
 * How one variant result reads for a metric's goal, as PostHog's results table reads it (results.md §4,
 * FE-UTILS). Browser-safe: no @stdlib here.
 */

export type MetricGoal = (typeof METRIC_GOALS)[number];
/** Significantly better or worse for the goal, or neither (not significant, or no stats). */
export type VariantOutcome = 'better' | 'worse' | 'none';

export interface VariantInterpretation {
  key: string;
  /** The interval midpoint (PostHog's delta; the API has no point estimate): a fraction when relative. */
  delta: number | null;
  /** The delta in the goal's direction, so that above zero is better whatever the goal. */
  gain: number | null;
  /** Credible or confidence interval, or null when the stats were skipped. */
  interval: [number, number] | null;
  significant: boolean;
  outcome: VariantOutcome;
  /** Bayesian chance to win for the goal (1 − chance_to_win when the goal is to decrease). */
  chanceToWin: number | null;
  /** Frequentist p-value. */
  pValue: number | null;
}

export function variantInterval(result: ExperimentVariantResult): [number, number] | null {
  const interval =
    result.method === 'bayesian' ? result.credible_interval : result.confidence_interval;
  return interval ? [interval[0], interval[1]] : null;
}

export function interpretVariant(
  result: ExperimentVariantResult,
  goal: MetricGoal | null = 'increase',
): VariantInterpretation {
  const interval = variantInterval(result);
  const delta = interval ? (interval[0] + interval[1]) / 2 : null;
  const significant = result.significant === true;
  const decrease = goal === 'decrease';
  const gain = delta === null ? null : decrease ? -delta : delta;
  let outcome: VariantOutcome = 'none';
  if (significant && gain !== null && gain !== 0) outcome = gain > 0 ? 'better' : 'worse';
  const rawChance = result.method === 'bayesian' ? (result.chance_to_win ?? null) : null;
  return {
    key: result.key,
    delta,
    gain,
    interval,
    significant,
    outcome,
    chanceToWin: rawChance === null ? null : decrease ? 1 - rawChance : rawChance,
    pValue: result.method === 'frequentist' ? (result.p_value ?? null) : null,
  };
}
