/**
 * PostHog's statistic objects (results.md §2.2, `products/experiments/stats/shared/statistics.py`): the
 * mean and per-unit variance of one variant, from its sufficient statistics. Construction throws a
 * StatisticError on the inputs PostHog rejects; the caller then leaves that variant's stats null.
 */

export class StatisticError extends Error {
  override name = 'StatisticError';
}

export type StatisticKind = 'sample-mean' | 'proportion' | 'ratio';

export interface Statistic {
  kind: StatisticKind;
  /** Units (persons or groups) in the variant. */
  n: number;
  /** Per-unit mean: sum/n, the conversion rate, or Σnumerator/Σdenominator. */
  mean: number;
  /** Per-unit variance s² (so the standard error of `mean` is √(variance/n)). */
  variance: number;
}

export interface SampleMeanStatistic extends Statistic {
  kind: 'sample-mean';
  sum: number;
  sumSquares: number;
}

export interface ProportionStatistic extends Statistic {
  kind: 'proportion';
  /** Successes. */
  sum: number;
}

export interface RatioStatistic extends Statistic {
  kind: 'ratio';
}

export type AnyStatistic = SampleMeanStatistic | ProportionStatistic | RatioStatistic;

/** A continuous metric: mean = sum/n, s² = (Σx² − (Σx)²/n)/(n − 1), 0 for a single unit. */
export function sampleMean(n: number, sum: number, sumSquares: number): SampleMeanStatistic {
  if (!(n > 0)) throw new StatisticError('Sample size must be positive');
  if (n === 1 && sumSquares < sum ** 2) {
    throw new StatisticError('sum_squares must be >= sum^2 for single observation');
  }
  if (n > 1 && sumSquares < sum ** 2 / n) {
    throw new StatisticError('sum_squares incompatible with sum and n');
  }
  const variance = n === 1 ? 0 : (sumSquares - sum ** 2 / n) / (n - 1);
  return { kind: 'sample-mean', n, sum, sumSquares, mean: sum / n, variance };
}

/** A conversion: p = successes/n, variance p(1 − p). */
export function proportion(n: number, successes: number): ProportionStatistic {
  if (!(n > 0)) throw new StatisticError('Sample size must be positive');
  if (successes < 0) throw new StatisticError('Number of successes cannot be negative');
  if (successes > n) throw new StatisticError('Number of successes cannot exceed sample size');
  const p = successes / n;
  return { kind: 'proportion', n, sum: successes, mean: p, variance: p * (1 - p) };
}

/**
 * A ratio of two per-unit sums, R = Σm/Σd, with the delta-method per-unit variance
 * Var(m)/d̄² + m̄²·Var(d)/d̄⁴ − 2·m̄·Cov(m, d)/d̄³ (m̄, d̄ per-unit means).
 */
export function ratio(
  n: number,
  numerator: SampleMeanStatistic,
  denominator: SampleMeanStatistic,
  sumOfProducts: number,
): RatioStatistic {
  if (!(n > 0)) throw new StatisticError('Sample size must be positive');
  if (numerator.n !== n || denominator.n !== n) {
    throw new StatisticError('All statistics must have same sample size');
  }
  const m = numerator.mean;
  const d = denominator.mean;
  if (Math.abs(d) < 1e-10) {
    throw new StatisticError('Denominator mean cannot be zero for ratio calculation');
  }
  const covariance =
    n === 1 ? 0 : (sumOfProducts - (numerator.sum * denominator.sum) / n) / (n - 1);
  const variance =
    numerator.variance / d ** 2 +
    (m ** 2 * denominator.variance) / d ** 4 -
    (2 * m * covariance) / d ** 3;
  return { kind: 'ratio', n, mean: numerator.sum / denominator.sum, variance };
}
