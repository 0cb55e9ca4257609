import { evenSplit, MULTIPLE_VARIANT_KEY } from '@/shared';
import type { ExperimentSetup } from './experiment-setup';

/** `$multiple` share (percent) above which PostHog warns of exclusion bias. */
const MULTIPLE_VARIANT_BIAS_THRESHOLD = 0.1;

// PostHog's auto-even split is the console's own: 2 → [50, 50], 3 → [34, 33, 33].
const isEvenlyDistributed = (percentages: number[]) =>
  percentages.length === 0 || evenSplit(percentages.length).every((p, i) => p === percentages[i]);

/**
 * PostHog's evaluate_bias_risk (analysis_health.py): while an experiment runs with `exclude` handling on
 * an uneven split, dropping `$multiple` people biases the smaller arm; warn when they are above 0.1 %.
 */
export function biasRisk(
  setup: ExperimentSetup,
  totals: Record<string, number>,
): { multiple_variant_percentage: number } | null {
  if (setup.end !== null || setup.multipleVariantHandling !== 'exclude') return null;
  if (setup.flagVariants.length === 0) return null;
  if (isEvenlyDistributed(setup.flagVariants.map((v) => v.rollout))) return null;
  const total = Object.values(totals).reduce((sum, n) => sum + n, 0);
  if (total <= 0) return null;
  const percentage = ((totals[MULTIPLE_VARIANT_KEY] ?? 0) / total) * 100;
  return percentage > MULTIPLE_VARIANT_BIAS_THRESHOLD
    ? { multiple_variant_percentage: percentage }
    : null;
}

/** The rollout split the exposures should follow, for the sample-ratio-mismatch test. */
export const expectedShares = (setup: ExperimentSetup): Record<string, number> =>
  Object.fromEntries(setup.flagVariants.map((v) => [v.key, v.rollout]));
