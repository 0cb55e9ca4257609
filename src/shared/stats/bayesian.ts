import { normalQuantile, normalSf } from './distributions';
import { effectOf, type DifferenceType } from './effect';
import { assertValidStatistics } from './input-checks';
import { StatisticError, type AnyStatistic } from './statistics';

export interface BayesianOutcome {
  /** P(effect > 0 | data); not goal-aware. */
  chanceToWin: number;
  credibleInterval: [number, number];
  /** Decisive either way: chance to win above ciLevel or below 1 − ciLevel. */
  significant: boolean;
}

export interface BayesianOptions {
  ciLevel: number;
  differenceType: DifferenceType;
}

/** The normal approximation to a binomial needs five successes and five failures per arm. */
function assertNormalApproximation(treatment: AnyStatistic, control: AnyStatistic): void {
  for (const [arm, stat] of [
    ['treatment', treatment],
    ['control', control],
  ] as const) {
    if (stat.kind !== 'proportion') continue;
    if (stat.sum < 5) throw new StatisticError(`${arm} has only ${stat.sum} successes (need ≥5)`);
    if (stat.n - stat.sum < 5) {
      throw new StatisticError(`${arm} has only ${stat.n - stat.sum} failures (need ≥5)`);
    }
  }
}

/**
 * PostHog's Bayesian test (results.md §2.4): closed form, flat prior, so the posterior of the effect is
 * N(estimate, variance). Throws a StatisticError where PostHog skips the variant.
 */
export function bayesianTest(
  treatment: AnyStatistic,
  control: AnyStatistic,
  { ciLevel, differenceType }: BayesianOptions,
): BayesianOutcome {
  assertNormalApproximation(treatment, control);
  assertValidStatistics(treatment, control);
  if (differenceType === 'RELATIVE' && control.mean <= 0) {
    throw new StatisticError('Control mean must be positive for relative difference calculation');
  }
  const effect = effectOf(treatment, control, differenceType);
  if (!(effect.variance > 0) || !Number.isFinite(effect.variance)) {
    throw new StatisticError('Effect variance must be positive');
  }
  // The flat prior has precision 0; PostHog still goes through precision, so the variance is 1/(1/v).
  const posteriorSd = Math.sqrt(1 / (1 / effect.variance));
  const chanceToWin = normalSf(0, effect.estimate, posteriorSd);
  const alpha = 1 - ciLevel;
  const credibleInterval: [number, number] = [
    normalQuantile(alpha / 2, effect.estimate, posteriorSd),
    normalQuantile(1 - alpha / 2, effect.estimate, posteriorSd),
  ];
  if (!Number.isFinite(chanceToWin) || !credibleInterval.every(Number.isFinite)) {
    throw new StatisticError('Bayesian test produced a non-finite result');
  }
  return {
    chanceToWin,
    credibleInterval,
    significant: chanceToWin > ciLevel || chanceToWin < 1 - ciLevel,
  };
}
