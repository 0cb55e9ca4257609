import { describe, expect, it } from 'vitest';
import { frequentistTest, welchDegreesOfFreedom } from './frequentist';
import { StatisticError, sampleMean, type AnyStatistic } from './statistics';

const control = sampleMean(989, 1636, 3760);
const test1 = sampleMean(874, 1236, 2634);
const test2 = sampleMean(1137, 2174, 5478);
const fixedHorizon = { enabled: false, tuningParameter: 5000 };

/** Expected values from an independent scipy re-implementation (Welch t-test, `t.sf` for the tail). */
describe('frequentistTest', () => {
  it.each<[string, AnyStatistic, number, 'RELATIVE' | 'ABSOLUTE', number, [number, number]]>([
    [
      'relative, alpha 0.05',
      test2,
      0.05,
      'RELATIVE',
      2.245541736532634e-7,
      [0.09703392920328519, 0.2147224407747596],
    ],
    [
      'absolute, alpha 0.05',
      test1,
      0.05,
      'ABSOLUTE',
      4.344264971667459e-7,
      [-0.33282532509371465, -0.14719170433526696],
    ],
    [
      'relative, alpha 0.01',
      test1,
      0.01,
      'RELATIVE',
      6.178777778886282e-8,
      [-0.21391418793258277, -0.07626725589703999],
    ],
  ])('%s', (_name, treatment, alpha, differenceType, pValue, interval) => {
    const outcome = frequentistTest(treatment, control, {
      alpha,
      differenceType,
      sequential: fixedHorizon,
    });
    expect(outcome.pValue / pValue).toBeCloseTo(1, 10);
    expect(outcome.confidenceInterval[0]).toBeCloseTo(interval[0], 12);
    expect(outcome.confidenceInterval[1]).toBeCloseTo(interval[1], 12);
    expect(outcome.significant).toBe(true);
  });

  it('is not significant when p ≥ alpha', () => {
    const outcome = frequentistTest(
      sampleMean(1000, 1200, 145000),
      sampleMean(1000, 1000, 105000),
      {
        alpha: 0.05,
        differenceType: 'RELATIVE',
        sequential: fixedHorizon,
      },
    );
    expect(outcome.pValue).toBeCloseTo(0.7120946548202404, 12);
    expect(outcome.significant).toBe(false);
  });

  it.each<[string, AnyStatistic, AnyStatistic]>([
    ['fewer than 5 units', sampleMean(4, 10, 40), sampleMean(100, 100, 300)],
    ['zero variance in both arms', sampleMean(100, 100, 100), sampleMean(100, 100, 100)],
    ['a zero control mean (relative)', sampleMean(100, 50, 400), sampleMean(100, 0, 400)],
  ])('skips %s', (_name, treatment, controlStat) => {
    expect(() =>
      frequentistTest(treatment, controlStat, {
        alpha: 0.05,
        differenceType: 'RELATIVE',
        sequential: fixedHorizon,
      }),
    ).toThrow(StatisticError);
  });

  it('allows a negative control mean, unlike the Bayesian test', () => {
    const outcome = frequentistTest(sampleMean(100, 50, 400), sampleMean(100, -50, 400), {
      alpha: 0.05,
      differenceType: 'RELATIVE',
      sequential: fixedHorizon,
    });
    expect(outcome.significant).toBe(true);
  });
});

describe('welchDegreesOfFreedom', () => {
  it('matches the Welch–Satterthwaite formula', () => {
    // Independently: a = s²T/nT, b = s²C/nC, df = (a + b)² / (a²/(nT − 1) + b²/(nC − 1)).
    const a = test1.variance / 874;
    const b = control.variance / 989;
    const expected = (a + b) ** 2 / (a ** 2 / 873 + b ** 2 / 988);
    expect(welchDegreesOfFreedom(test1, control)).toBeCloseTo(expected, 9);
  });

  it('needs two units per arm', () => {
    expect(() => welchDegreesOfFreedom(sampleMean(1, 1, 1), control)).toThrow(StatisticError);
  });
});
