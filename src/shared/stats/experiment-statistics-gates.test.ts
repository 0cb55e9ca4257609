import { describe, expect, it } from 'vitest';
import { computeExperimentStatistics } from './experiment-statistics';
import { bayesian, expectClose, variant } from './testing/stats-checks';

describe('computeExperimentStatistics gates and skips', () => {
  // PostHog's INSUFFICIENT_DATA_CASES (STATSCFG-T), for both methods.
  it.each<[string, [number, number, number], [number, number, number], string[], string[]]>([
    [
      'a very small sample',
      [1, 0.5, 0.25],
      [1, 0.3, 0.09],
      ['not-enough-exposures'],
      ['not-enough-exposures'],
    ],
    ['a zero baseline sum', [100, 0, 0], [100, 50, 2600], ['baseline-mean-is-zero'], []],
    ['zero variance', [100, 100, 100], [100, 100, 100], [], []],
  ])('%s: raw values, no stats', (_name, c, t, baselineFailures, variantFailures) => {
    for (const method of ['bayesian', 'frequentist'] as const) {
      const result = computeExperimentStatistics({
        metricType: 'mean',
        statsConfig: { method },
        baseline: variant('control', ...c),
        variants: [variant('test', ...t)],
      });
      expect(result.baseline.validation_failures).toEqual(baselineFailures);
      const [n, sum, sumSquares] = t;
      const v = result.variant_results[0] as Record<string, unknown>;
      expect(v).toMatchObject({
        key: 'test',
        number_of_samples: n,
        sum,
        sum_squares: sumSquares,
        method,
      });
      expect(v.validation_failures).toEqual(variantFailures);
      expect(v.significant).toBeNull();
      const statsKeys =
        method === 'bayesian'
          ? ['chance_to_win', 'credible_interval']
          : ['p_value', 'confidence_interval'];
      for (const key of statsKeys) expect(v[key]).toBeNull();
    }
  });

  it('gives no variant stats when the baseline fails, though the variants pass', () => {
    const result = computeExperimentStatistics({
      metricType: 'mean',
      baseline: variant('control', 40, 60, 200),
      variants: [variant('test-1', 874, 1236, 2634), variant('test-2', 1137, 2174, 5478)],
    });
    expect(result.baseline.validation_failures).toEqual(['not-enough-exposures']);
    for (const v of result.variant_results) {
      expect(v.validation_failures).toEqual([]);
      expect(bayesian(v).chance_to_win).toBeNull();
    }
  });

  it('skips only the variant that fails its gate', () => {
    const result = computeExperimentStatistics({
      metricType: 'funnel',
      baseline: variant('control', 1551, 176, 176),
      variants: [
        variant('small', 30, 10, 10),
        variant('few-conversions', 500, 3, 3),
        variant('test', 1555, 99, 99),
      ],
    });
    const [small, few, test] = result.variant_results.map(bayesian);
    expect(small?.validation_failures).toEqual(['not-enough-exposures']);
    expect(few?.validation_failures).toEqual(['not-enough-metric-data']);
    expect(small?.chance_to_win).toBeNull();
    expect(few?.chance_to_win).toBeNull();
    expectClose(test?.chance_to_win, 4.0619211509943976e-11, 1e-18);
  });

  it('gives no stats when the baseline statistic cannot be built (ratio with no denominator)', () => {
    const result = computeExperimentStatistics({
      metricType: 'ratio',
      baseline: variant('control', 100, 50, 60),
      variants: [
        variant('test', 100, 55, 70, { denominator_sum: 100, denominator_sum_squares: 100 }),
      ],
    });
    expect(result.baseline.validation_failures).toEqual([]);
    expect(bayesian(result.variant_results[0]).credible_interval).toBeNull();
  });

  it('echoes only the raw statistics of its input, never stale stats', () => {
    const stale = { ...variant('test', 1137, 2174, 5478), method: 'frequentist', p_value: 0.5 };
    const result = computeExperimentStatistics({
      metricType: 'mean',
      baseline: variant('control', 989, 1636, 3760, { step_counts: [5] }),
      variants: [stale],
    });
    expect(result.variant_results[0]).not.toHaveProperty('p_value');
    expect(result.variant_results[0]?.method).toBe('bayesian');
    expect(result.baseline.step_counts).toEqual([5]);
  });

  it('returns no variant results for no variants', () => {
    const result = computeExperimentStatistics({
      metricType: 'mean',
      baseline: variant('control', 989, 1636, 3760),
      variants: [],
    });
    expect(result.variant_results).toEqual([]);
  });
});
