import type { Effect } from './effect';
import type { FrequentistOutcome } from './frequentist';
import { StatisticError } from './statistics';

/** PostHog's default tuning parameter N: the confidence sequence is tightest near n ≈ N. */
export const DEFAULT_SEQUENTIAL_TUNING_PARAMETER = 5000;

/** ρ = √((−2 ln α + ln(−2 ln α + 1)) / N)  (Waudby-Smith et al. 2023, eq. 161). */
export function sequentialRho(alpha: number, tuningParameter: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new StatisticError('Alpha must be between 0 and 1');
  if (!(tuningParameter > 0))
    throw new StatisticError('Sequential tuning parameter must be positive');
  const logAlpha = Math.log(alpha);
  return Math.sqrt((-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuningParameter);
}

/**
 * The always-valid test PostHog runs when sequential testing is on (results.md §2.5, F-TESTS
 * `SequentialTwoSidedTTest`): a p-value from the mixture e-value, and a confidence sequence, both of
 * which stay valid however often the results are looked at. `n` is nT + nC.
 */
export function sequentialTest(
  effect: Effect,
  n: number,
  alpha: number,
  tuningParameter: number,
): FrequentistOutcome {
  const rho = sequentialRho(alpha, tuningParameter);
  const { estimate, variance } = effect;
  if (!(variance > 0)) throw new StatisticError('Pooled variance must be positive');
  if (n < 1) throw new StatisticError('Sample size must be at least 1');
  const nRhoSqP1 = n * rho ** 2 + 1;
  // eq. 155, in log space so that overwhelming evidence does not overflow exp().
  const tSquared = (estimate ** 2 * n) / variance;
  const logEvalue = (rho ** 2 * tSquared) / (2 * nRhoSqP1) - 0.5 * Math.log(nRhoSqP1);
  const pValue = logEvalue <= 0 ? 1 : Math.min(Math.exp(-logEvalue), 1);
  // eq. 9 takes the per-observation variance; the estimator's variance times n is its analogue.
  const s2 = variance * n;
  const halfwidth =
    Math.sqrt(s2) *
    Math.sqrt((2 * nRhoSqP1 * Math.log(Math.sqrt(nRhoSqP1) / alpha)) / (n * rho) ** 2);
  const confidenceInterval: [number, number] = [estimate - halfwidth, estimate + halfwidth];
  if (!Number.isFinite(pValue) || !confidenceInterval.every(Number.isFinite)) {
    throw new StatisticError('Sequential test produced a non-finite result');
  }
  return { pValue, confidenceInterval, significant: pValue < alpha };
}
