import { describe, expect, it } from 'vitest';
import { frequentistTest } from './frequentist';
import { sequentialRho } from './sequential';
import { StatisticError, sampleMean, type AnyStatistic } from './statistics';

const stats = (n: number, sum: number, sumSquares: number) => sampleMean(n, sum, sumSquares);
// PostHog's own sequential-testing case (STATSCFG-T) and the mean fixture.
const weakControl = stats(1000, 1000, 105000);
const weakTest = stats(1000, 1200, 145000);
const fixtureControl = stats(989, 1636, 3760);
const fixtureTest2 = stats(1137, 2174, 5478);

/**
 * An independent statement of Waudby-Smith et al. 2023 (not the code under test): the e-value
 * exp(ρ²t²/(2(nρ² + 1)))/√(nρ² + 1) with t² = θ̂²n/Var, p = min(1, 1/e), and the confidence sequence
 * θ̂ ± √(Var·n)·√(2(nρ² + 1)/(nρ)² · ln(√(nρ² + 1)/α)).
 */
function reference(treatment: AnyStatistic, control: AnyStatistic, alpha: number, N: number) {
  const c = control.mean;
  const theta = (treatment.mean - c) / c;
  const v =
    treatment.variance / treatment.n / c ** 2 +
    (treatment.mean ** 2 * control.variance) / control.n / c ** 4;
  const n = treatment.n + control.n;
  const rho2 = (-2 * Math.log(alpha) + Math.log(1 - 2 * Math.log(alpha))) / N;
  const evalue =
    Math.exp((rho2 * theta ** 2 * n) / v / (2 * (n * rho2 + 1))) / Math.sqrt(n * rho2 + 1);
  const half =
    Math.sqrt(v * n) *
    Math.sqrt(((2 * (n * rho2 + 1)) / (n * n * rho2)) * Math.log(Math.sqrt(n * rho2 + 1) / alpha));
  return { p: Math.min(1, 1 / evalue), interval: [theta - half, theta + half] };
}

const sequentialOptions = (
  alpha: number,
  tuningParameter: number,
  differenceType: 'RELATIVE' | 'ABSOLUTE' = 'RELATIVE',
) => ({
  alpha,
  differenceType,
  sequential: { enabled: true, tuningParameter },
});

describe('sequential testing', () => {
  // Hard-coded values are from a scipy/numpy transcription of PostHog's F-UTILS functions.
  it.each<[string, AnyStatistic, AnyStatistic, number, number, number, [number, number], boolean]>([
    [
      'strong evidence (mean fixture, test-2)',
      fixtureTest2,
      fixtureControl,
      0.05,
      5000,
      6.308130399244882e-5,
      [0.0625212573082158, 0.249235112669829],
      true,
    ],
    [
      'weak evidence: p stays at 1',
      weakTest,
      weakControl,
      0.05,
      5000,
      1,
      [-1.492654841499876, 1.8926548414998758],
      false,
    ],
    [
      'a smaller tuning parameter',
      weakTest,
      weakControl,
      0.05,
      1000,
      1,
      [-1.4588958708598392, 1.858895870859839],
      false,
    ],
  ])('%s', (_name, treatment, control, alpha, N, pValue, interval, significant) => {
    const outcome = frequentistTest(treatment, control, sequentialOptions(alpha, N));
    expect(outcome.pValue).toBeCloseTo(pValue, 14);
    expect(outcome.confidenceInterval[0]).toBeCloseTo(interval[0], 12);
    expect(outcome.confidenceInterval[1]).toBeCloseTo(interval[1], 12);
    expect(outcome.significant).toBe(significant);

    const independent = reference(treatment, control, alpha, N);
    expect(outcome.pValue).toBeCloseTo(independent.p, 12);
    expect(outcome.confidenceInterval[0]).toBeCloseTo(independent.interval[0]!, 10);
    expect(outcome.confidenceInterval[1]).toBeCloseTo(independent.interval[1]!, 10);
  });

  it('works on absolute differences', () => {
    const outcome = frequentistTest(
      weakTest,
      weakControl,
      sequentialOptions(0.1, 5000, 'ABSOLUTE'),
    );
    expect(outcome.confidenceInterval[0]).toBeCloseTo(-1.224136465726291, 12);
    expect(outcome.confidenceInterval[1]).toBeCloseTo(1.624136465726291, 12);
    expect(outcome.pValue).toBe(1);
  });

  it('gives a wider interval than the fixed-horizon test (the price of peeking)', () => {
    const fixed = frequentistTest(fixtureTest2, fixtureControl, {
      ...sequentialOptions(0.05, 5000),
      sequential: { enabled: false, tuningParameter: 5000 },
    });
    const sequential = frequentistTest(fixtureTest2, fixtureControl, sequentialOptions(0.05, 5000));
    const width = ([lo, hi]: [number, number]) => hi - lo;
    expect(width(sequential.confidenceInterval)).toBeGreaterThan(width(fixed.confidenceInterval));
    expect(sequential.pValue).toBeGreaterThan(fixed.pValue);
  });

  it('does not need Welch’s two units per arm, but keeps the five-unit minimum', () => {
    expect(() =>
      frequentistTest(stats(4, 10, 40), weakControl, sequentialOptions(0.05, 5000)),
    ).toThrow(StatisticError);
  });

  it('ρ follows eq. 161', () => {
    const expected = Math.sqrt((-2 * Math.log(0.05) + Math.log(-2 * Math.log(0.05) + 1)) / 5000);
    expect(sequentialRho(0.05, 5000)).toBe(expected);
    expect(() => sequentialRho(0, 5000)).toThrow(StatisticError);
    expect(() => sequentialRho(0.05, 0)).toThrow(StatisticError);
  });
});
