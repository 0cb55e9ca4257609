import { describe, expect, it } from 'vitest';
import type { MetricType } from '../schemas/metric';
import { computeExperimentStatistics } from './experiment-statistics';
import { bayesian, expectClose, frequentist, variant } from './testing/stats-checks';

// PostHog's fixtures reproduced, and the stats_config settings. Gates and skips:
// experiment-statistics-gates.test.ts.

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
