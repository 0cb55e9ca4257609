import { StatisticError, type AnyStatistic } from './statistics';

/**
 * The checks PostHog runs before a test (results.md §2.3). The Bayesian test validates each statistic in
 * full (`validate_test_inputs`); the frequentist t-tests only ask for five units per arm.
 */

function statisticProblems(stat: AnyStatistic): string[] {
  const problems: string[] = [];
  if (!(stat.n > 0)) problems.push('Sample size must be positive');
  if (!Number.isFinite(stat.mean)) problems.push('Mean must be finite');
  if (!Number.isFinite(stat.variance) || stat.variance < 0) {
    problems.push('Variance must be finite and non-negative');
  }
  if (stat.kind === 'sample-mean') {
    const { n, sum, sumSquares } = stat;
    if (n > 1 && sumSquares < sum ** 2 / n - 1e-10) {
      problems.push('sum_squares violates mathematical constraint');
    }
    // Beyond these the float sums have lost the precision the variance needs.
    if (Math.abs(sum) > 1e15) problems.push('Sum value extremely large');
    if (sumSquares > 1e30) problems.push('Sum of squares extremely large');
  }
  if (stat.kind === 'proportion' && (stat.mean < 1e-10 || stat.mean > 1 - 1e-10)) {
    problems.push('Proportion extremely close to 0 or 1');
  }
  return problems;
}

/** PostHog's `validate_test_inputs`, used by the Bayesian tests. */
export function assertValidStatistics(treatment: AnyStatistic, control: AnyStatistic): void {
  for (const [arm, stat] of [
    ['Treatment', treatment],
    ['Control', control],
  ] as const) {
    const problems = statisticProblems(stat);
    if (problems.length) {
      throw new StatisticError(`${arm} statistic validation failed: ${problems.join('; ')}`);
    }
  }
  if (treatment.kind !== control.kind) {
    throw new StatisticError('Treatment and control statistics must be the same type');
  }
}

/** PostHog's `validate_sample_sizes`, used by the frequentist tests. */
export function assertSampleSizes(
  treatment: AnyStatistic,
  control: AnyStatistic,
  minimum = 5,
): void {
  if (treatment.n < minimum) {
    throw new StatisticError(`Treatment sample size (${treatment.n}) below minimum (${minimum})`);
  }
  if (control.n < minimum) {
    throw new StatisticError(`Control sample size (${control.n}) below minimum (${minimum})`);
  }
}
