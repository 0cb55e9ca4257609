import { describe, expect, it } from 'vitest';
import type {
  ExperimentStatsBase,
  ExperimentVariantResult,
  ExperimentVariantResultBayesian,
  ExperimentVariantResultFrequentist,
} from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';
import { computeExperimentStatistics } from './experiment-statistics';

const FIXTURE_TOLERANCE = 1e-9;

const variant = (key: string, n: number, sum: number, sumSquares: number, extra = {}) =>
  ({ key, number_of_samples: n, sum, sum_squares: sumSquares, ...extra }) as ExperimentStatsBase;

const bayesian = (result: ExperimentVariantResult | undefined) =>
  result as ExperimentVariantResultBayesian;
const frequentist = (result: ExperimentVariantResult | undefined) =>
  result as ExperimentVariantResultFrequentist;

function expectClose(
  actual: number | null | undefined,
  expected: number,
  tolerance = FIXTURE_TOLERANCE,
) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

describe('computeExperimentStatistics reproduces PostHog’s fixtures (results.md §1.7, §2.9)', () => {
  const meanResult = computeExperimentStatistics({
    metricType: 'mean',
    baseline: variant('control', 989, 1636, 3760),
    variants: [variant('test-1', 874, 1236, 2634), variant('test-2', 1137, 2174, 5478)],
  });

  it.each<[string, number, number, [number, number]]>([
    ['test-1', 0, 2.7262704800611193e-8, [-0.19740467628759228, -0.09277676754203046]],
    ['test-2', 1, 0.9999998975983043, [0.09706777250053614, 0.21468859747750865]],
  ])('Bayesian mean, %s', (key, index, chanceToWin, interval) => {
    const result = bayesian(meanResult.variant_results[index]);
    expect(result.key).toBe(key);
    expect(result.method).toBe('bayesian');
    expectClose(result.chance_to_win, chanceToWin);
    // Relative to its size too: 2.7e-8 must not come out as 0 or 1e-8.
    expect((result.chance_to_win as number) / chanceToWin).toBeCloseTo(1, 9);
    expectClose(result.credible_interval?.[0], interval[0]);
    expectClose(result.credible_interval?.[1], interval[1]);
    expect(result.significant).toBe(true);
    expect(result.validation_failures).toEqual([]);
  });

  it('Bayesian mean: the baseline carries its raw numbers and no stats', () => {
    expect(meanResult.baseline).toEqual({
      key: 'control',
      number_of_samples: 989,
      sum: 1636,
      sum_squares: 3760,
      validation_failures: [],
    });
  });

  it('Bayesian ratio, test-1', () => {
    const ratio = computeExperimentStatistics({
      metricType: 'ratio',
      baseline: variant('control', 989, 859, 859, {
        denominator_sum: 1636,
        denominator_sum_squares: 3760,
        numerator_denominator_sum_product: 1636,
      }),
      variants: [
        variant('test-1', 874, 705, 705, {
          denominator_sum: 1236,
          denominator_sum_squares: 2634,
          numerator_denominator_sum_product: 1236,
        }),
      ],
    });
    const result = bayesian(ratio.variant_results[0]);
    expectClose(result.chance_to_win, 0.9996603338403114);
    expectClose(result.credible_interval?.[0], 0.03653074985064239);
    expectClose(result.credible_interval?.[1], 0.13612429044231514);
    expect(result.significant).toBe(true);
    expect(result.denominator_sum).toBe(1236);
    expect(result.numerator_denominator_sum_product).toBe(1236);
  });

  it('frequentist funnel: the confidence interval to 1e-9 and the p-value to the last bit of 1', () => {
    const funnel = computeExperimentStatistics({
      metricType: 'funnel',
      statsConfig: { method: 'frequentist' },
      baseline: variant('control', 1551, 176, 176),
      variants: [variant('test', 1555, 99, 99)],
    });
    const result = frequentist(funnel.variant_results[0]);
    expect(result.method).toBe('frequentist');
    expectClose(result.confidence_interval?.[0], -0.5713938333294022);
    expectClose(result.confidence_interval?.[1], -0.30650005734583885);
    expect(result.significant).toBe(true);
    // PostHog computes p = 2·(1 − T(|t|)). T(|t|) lies within 1e-10 of 1, where doubles are 2⁻⁵³ ≈ 1.1e-16
    // apart, so its p-value carries an absolute error of up to 2·2⁻⁵³ plus the cdf's own rounding: the
    // fixture 9.522627131275385e-11 is 1.3e-16 (1.4e-6 relative) off the true value. This code takes
    // 2·T(−|t|) instead, which keeps the digits: it must equal the true tail, 9.52264028735473e-11
    // (mpmath, 50 digits, via the regularised incomplete beta), to 1e-12 relative, and sit within two
    // ulps of 1 (4.5e-16) of PostHog's figure.
    expect((result.p_value as number) / 9.52264028735473e-11).toBeCloseTo(1, 12);
    expectClose(result.p_value, 9.522627131275385e-11, 4.5e-16);
  });
});

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

describe('computeExperimentStatistics settings', () => {
  const run = (metricType: MetricType, statsConfig: unknown) =>
    computeExperimentStatistics({
      metricType,
      statsConfig,
      baseline: variant('control', 989, 1636, 3760),
      variants: [variant('test-2', 1137, 2174, 5478)],
    }).variant_results[0];

  it('ABSOLUTE differences (scipy reference)', () => {
    const result = bayesian(run('mean', { bayesian: { difference_type: 'ABSOLUTE' } }));
    expectClose(result.chance_to_win, 0.9999999907292327);
    expectClose(result.credible_interval?.[0], 0.16800864440573143);
    expectClose(result.credible_interval?.[1], 0.3476975449613881);
  });

  it('ci_level widens the interval and an invalid one falls back to 95 %', () => {
    const width = (config: unknown) => {
      const [lo, hi] = bayesian(run('mean', config)).credible_interval as [number, number];
      return hi - lo;
    };
    expect(width({ bayesian: { ci_level: 0.99 } })).toBeGreaterThan(
      width({ bayesian: { ci_level: 0.9 } }),
    );
    expect(width({ bayesian: { ci_level: 1 } })).toBe(width({}));
    expect(width({ bayesian: { ci_level: 0 } })).toBe(width({}));
  });

  it('alpha 0 or 1 falls back to 0.05 instead of failing', () => {
    const base = frequentist(run('mean', { method: 'frequentist' }));
    for (const alpha of [0, 1, 5, -0.5]) {
      expect(frequentist(run('mean', { method: 'frequentist', frequentist: { alpha } }))).toEqual(
        base,
      );
    }
  });

  it('sequential testing from stats_config (scipy reference)', () => {
    const result = frequentist(
      run('mean', { method: 'frequentist', frequentist: { sequential_testing_enabled: true } }),
    );
    expectClose(result.p_value, 6.308130399244882e-5, 1e-15);
    expectClose(result.confidence_interval?.[0], 0.0625212573082158);
    expectClose(result.confidence_interval?.[1], 0.249235112669829);
  });
});
