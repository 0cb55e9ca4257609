import { studentTQuantile, studentTSf } from './distributions';
import { effectOf, type DifferenceType } from './effect';
import { assertSampleSizes } from './input-checks';
import { sequentialTest } from './sequential';
import { StatisticError, type AnyStatistic } from './statistics';

export interface FrequentistOutcome {
  pValue: number;
  confidenceInterval: [number, number];
  /** p-value below alpha. */
  significant: boolean;
}

export interface FrequentistOptions {
  alpha: number;
  differenceType: DifferenceType;
  sequential: { enabled: boolean; tuningParameter: number };
}

/** Welch–Satterthwaite degrees of freedom on the per-unit variances. */
export function welchDegreesOfFreedom(treatment: AnyStatistic, control: AnyStatistic): number {
  if (Math.min(treatment.n, control.n) < 2) {
    throw new StatisticError('Welch-Satterthwaite requires n ≥ 2 per group.');
  }
  const t = treatment.variance / treatment.n;
  const c = control.variance / control.n;
  const denominator = t ** 2 / (treatment.n - 1) + c ** 2 / (control.n - 1);
  // Python raises ZeroDivisionError here (both arms without variance); PostHog then skips the variant.
  if (!(denominator > 0))
    throw new StatisticError('Welch-Satterthwaite: no variance in either arm');
  return (t + c) ** 2 / denominator;
}

/**
 * PostHog's frequentist test (results.md §2.5): a two-sided Welch t-test on the effect, or, with
 * sequential testing on, the always-valid version. Throws a StatisticError where PostHog skips.
 */
export function frequentistTest(
  treatment: AnyStatistic,
  control: AnyStatistic,
  { alpha, differenceType, sequential }: FrequentistOptions,
): FrequentistOutcome {
  assertSampleSizes(treatment, control);
  const effect = effectOf(treatment, control, differenceType);
  if (sequential.enabled) {
    const n = treatment.n + control.n;
    return sequentialTest(effect, n, alpha, sequential.tuningParameter);
  }
  const df = welchDegreesOfFreedom(treatment, control);
  if (!(effect.variance > 0)) throw new StatisticError('Pooled variance must be positive');
  const se = Math.sqrt(effect.variance);
  const t = effect.estimate / se;
  // PostHog computes 2·(1 − cdf(|t|)), which loses the digits of tiny p-values; the tail keeps them.
  const pValue = 2 * studentTSf(Math.abs(t), df);
  const margin = studentTQuantile(1 - alpha / 2, df) * se;
  const confidenceInterval: [number, number] = [effect.estimate - margin, effect.estimate + margin];
  if (!Number.isFinite(pValue) || !confidenceInterval.every(Number.isFinite)) {
    throw new StatisticError('t-test produced a non-finite result');
  }
  return { pValue, confidenceInterval, significant: pValue < alpha };
}
