import { describe, expect, it } from 'vitest';
import { StatisticError, proportion, ratio, sampleMean } from './statistics';

describe('sampleMean', () => {
  it('has mean sum/n and the unbiased variance', () => {
    // values 1, 2, 3, 6: mean 3, variance ((1-3)² + (2-3)² + 0 + (6-3)²)/3 = 14/3
    const stat = sampleMean(4, 12, 50);
    expect(stat.mean).toBe(3);
    expect(stat.variance).toBeCloseTo(14 / 3, 14);
  });

  it('has zero variance for a single unit', () => {
    expect(sampleMean(1, 5, 25).variance).toBe(0);
  });

  it.each<[string, number, number, number]>([
    ['no units', 0, 0, 0],
    ['negative units', -3, 1, 1],
    ['a single unit whose square is too small', 1, 5, 24],
    ['sum of squares below sum²/n', 10, 10, 9.99],
  ])('rejects %s', (_name, n, sum, sumSquares) => {
    expect(() => sampleMean(n, sum, sumSquares)).toThrow(StatisticError);
  });
});

describe('proportion', () => {
  it('has p = successes/n and variance p(1 − p)', () => {
    const stat = proportion(200, 50);
    expect(stat.mean).toBe(0.25);
    expect(stat.variance).toBe(0.1875);
  });

  it.each<[string, number, number]>([
    ['no units', 0, 0],
    ['negative successes', 10, -1],
    ['more successes than units', 10, 11],
  ])('rejects %s', (_name, n, successes) => {
    expect(() => proportion(n, successes)).toThrow(StatisticError);
  });
});

describe('ratio', () => {
  it('is Σm/Σd with the delta-method variance', () => {
    // Units (m, d): (1, 2), (2, 2), (3, 4), (6, 4).
    const m = sampleMean(4, 12, 50);
    const d = sampleMean(4, 12, 40);
    const stat = ratio(4, m, d, 2 + 4 + 12 + 24);
    // Independently: m̄ = 3, d̄ = 3, Var(m) = 14/3, Var(d) = 4/3, Cov = (42 − 36)/3 = 2.
    const expected = 14 / 3 / 9 + (9 * (4 / 3)) / 81 - (2 * 3 * 2) / 27;
    expect(stat.mean).toBe(1);
    expect(stat.variance).toBeCloseTo(expected, 14);
  });

  it('rejects a zero denominator mean', () => {
    const m = sampleMean(4, 12, 50);
    expect(() => ratio(4, m, sampleMean(4, 0, 0), 0)).toThrow(StatisticError);
  });

  it('rejects parts of different sizes', () => {
    expect(() => ratio(4, sampleMean(4, 12, 50), sampleMean(5, 12, 40), 42)).toThrow(
      StatisticError,
    );
  });
});
