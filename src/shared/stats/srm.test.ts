import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch } from './srm';

// p-values from scipy.stats.chisquare, as PostHog's exposures runner calls it.
describe('sampleRatioMismatch', () => {
  it('tests PostHog’s exposure fixture against a 50/50 split', () => {
    const result = sampleRatioMismatch({ test: 975, control: 1025 }, { control: 50, test: 50 });
    expect(result?.expected).toEqual({ control: 1000, test: 1000 });
    expect(result?.p_value).toBeCloseTo(0.26355247728296954, 14);
  });

  it('normalises shares on any scale and counts a variant without exposures as 0', () => {
    // chisquare([30, 14, 34, 45, 57, 20], [20, 20, 30, 30, 60, 40]) = 24.98, p = 0.00014037003007683554
    const result = sampleRatioMismatch(
      { a: 30, b: 14, c: 34, d: 45, e: 57, f: 20 },
      { a: 0.1, b: 0.1, c: 0.15, d: 0.15, e: 0.3, f: 0.2 },
    );
    expect(result?.expected.e).toBeCloseTo(60, 12);
    expect(result?.p_value).toBeCloseTo(0.00014037003007683554, 14);
    const missing = sampleRatioMismatch({ control: 150 }, { control: 1, test: 1 });
    expect(missing?.expected).toEqual({ control: 75, test: 75 });
    expect(missing?.p_value).toBeLessThan(1e-30);
  });

  it('ignores $multiple and variants with no share', () => {
    const result = sampleRatioMismatch(
      { control: 60, test: 40, holdout: 500, $multiple: 30 },
      { control: 50, test: 50, holdout: 0, $multiple: 10 },
    );
    expect(result?.expected).toEqual({ control: 50, test: 50 });
    // chi² = (10² + 10²)/50 = 4, 1 df: p = 0.04550026389635857
    expect(result?.p_value).toBeCloseTo(0.04550026389635857, 14);
  });

  it.each<[string, Record<string, number>, Record<string, number>]>([
    ['99 exposures', { control: 50, test: 49 }, { control: 50, test: 50 }],
    ['one variant', { control: 500 }, { control: 100 }],
    ['no shares', { control: 500, test: 500 }, { control: 0, test: 0 }],
    ['exposures only outside the split', { other: 500 }, { control: 50, test: 50 }],
  ])('is null for %s', (_name, observed, shares) => {
    expect(sampleRatioMismatch(observed, shares)).toBeNull();
  });
});
