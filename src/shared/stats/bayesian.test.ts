import { describe, expect, it } from 'vitest';
import { bayesianTest } from './bayesian';
import { StatisticError, proportion, sampleMean, type AnyStatistic } from './statistics';

// PostHog's mean fixture (results.md §1.7): control 989/1636/3760, test-2 1137/2174/5478.
const control = sampleMean(989, 1636, 3760);
const test2 = sampleMean(1137, 2174, 5478);

/**
 * Expected values from an independent scipy re-implementation (norm.sf / norm.ppf on the delta-method
 * effect, as in results.md §2.9), not from this code.
 */
describe('bayesianTest', () => {
  it.each<[string, number, 'RELATIVE' | 'ABSOLUTE', number, [number, number]]>([
    [
      '95 %, relative',
      0.95,
      'RELATIVE',
      0.9999998975983043,
      [0.09706777250053614, 0.21468859747750865],
    ],
    [
      '90 %, relative',
      0.9,
      'RELATIVE',
      0.9999998975983043,
      [0.10652293099087326, 0.2052334389871715],
    ],
    [
      '99 %, relative',
      0.99,
      'RELATIVE',
      0.9999998975983043,
      [0.07858820158292917, 0.23316816839511562],
    ],
    [
      '95 %, absolute',
      0.95,
      'ABSOLUTE',
      0.9999999907292327,
      [0.16800864440573143, 0.3476975449613881],
    ],
  ])('%s', (_name, ciLevel, differenceType, chanceToWin, interval) => {
    const outcome = bayesianTest(test2, control, { ciLevel, differenceType });
    expect(outcome.chanceToWin).toBeCloseTo(chanceToWin, 12);
    expect(outcome.credibleInterval[0]).toBeCloseTo(interval[0], 12);
    expect(outcome.credibleInterval[1]).toBeCloseTo(interval[1], 12);
    expect(outcome.significant).toBe(true);
  });

  it('calls a variant significant only beyond the level, either way', () => {
    // A tiny effect: chance to win near one half.
    const a = sampleMean(1000, 1000, 3000);
    const b = sampleMean(1000, 1050, 3300); // chance to win ≈ 0.774
    const outcome = bayesianTest(b, a, { ciLevel: 0.95, differenceType: 'RELATIVE' });
    expect(outcome.chanceToWin).toBeGreaterThan(0.5);
    expect(outcome.chanceToWin).toBeLessThan(0.95);
    expect(outcome.significant).toBe(false);
    // The same data at a 70 % level is decisive.
    expect(bayesianTest(b, a, { ciLevel: 0.7, differenceType: 'RELATIVE' }).significant).toBe(true);
    // And swapping the arms makes it decisively worse at that level (chance to win below 0.3).
    const swapped = bayesianTest(a, b, { ciLevel: 0.7, differenceType: 'RELATIVE' });
    expect(swapped.chanceToWin).toBeLessThan(0.3);
    expect(swapped.significant).toBe(true);
  });

  it.each<[string, AnyStatistic, AnyStatistic]>([
    ['zero variance in both arms', sampleMean(100, 100, 100), sampleMean(100, 100, 100)],
    ['a negative control mean (relative)', sampleMean(100, 50, 400), sampleMean(100, -50, 400)],
    ['a zero control mean', sampleMean(100, 50, 400), sampleMean(100, 0, 400)],
    ['a huge sum', sampleMean(100, 2e15, 1e29), sampleMean(100, 2e15, 1e29)],
    ['a huge sum of squares', sampleMean(100, 1e14, 2e30), sampleMean(100, 1e14, 2e30)],
    ['fewer than 5 successes', proportion(100, 4), proportion(100, 20)],
    ['fewer than 5 failures', proportion(100, 20), proportion(100, 96)],
    ['a conversion rate of 100 %', proportion(100, 100), proportion(100, 50)],
  ])('skips %s', (_name, treatment, controlStat) => {
    expect(() =>
      bayesianTest(treatment, controlStat, { ciLevel: 0.95, differenceType: 'RELATIVE' }),
    ).toThrow(StatisticError);
  });

  it('allows a negative control mean for an absolute difference', () => {
    const outcome = bayesianTest(sampleMean(100, 50, 400), sampleMean(100, -50, 400), {
      ciLevel: 0.95,
      differenceType: 'ABSOLUTE',
    });
    expect(outcome.chanceToWin).toBeGreaterThan(0.99);
  });
});
