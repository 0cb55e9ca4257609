import { describe, expect, it } from 'vitest';
import { ExperimentExposureQueryResponse } from '@/shared';
import { exposureResult, mismatchedExposureResult } from '../testing/fixtures';
import { summariseExposures } from './exposure-summary';

const parse = (body: unknown) => ExperimentExposureQueryResponse.parse(body);

describe('summariseExposures', () => {
  it('orders variants as the experiment does, with totals and shares', () => {
    const summary = summariseExposures(parse(exposureResult), ['control', 'test']);
    expect(summary.variants).toEqual([
      { key: 'control', count: 1025, share: 0.5125, expected: null },
      { key: 'test', count: 975, share: 0.4875, expected: null },
    ]);
    expect(summary.total).toBe(2000);
    expect(summary.multiple).toBe(0);
    expect(summary.days).toHaveLength(12);
    expect(summary.series.map((s) => s.key)).toEqual(['control', 'test']);
    expect(summary.split).toBeNull();
  });

  it('keeps people in several variants apart, out of the shares, and flags a mismatch', () => {
    const summary = summariseExposures(parse(mismatchedExposureResult), ['control', 'test']);
    expect(summary.total).toBe(1725);
    expect(summary.multiple).toBe(21);
    expect(summary.variants.map((v) => [v.key, v.count, v.expected])).toEqual([
      ['control', 1025, 862.5],
      ['test', 700, 862.5],
    ]);
    expect(summary.variants[0]?.share).toBeCloseTo(1025 / 1725, 12);
    expect(summary.series.map((s) => s.key)).toEqual(['control', 'test', '$multiple']);
    expect(summary.split).toEqual({ status: 'mismatch', pValue: 5.073323727428503e-15 });
  });

  it.each([
    [0.000999, 'mismatch'],
    [0.001, 'borderline'],
    [0.0499, 'borderline'],
  ] as const)('reads p = %s as %s, as PostHog', (pValue, status) => {
    const body = {
      ...mismatchedExposureResult,
      sample_ratio_mismatch: { expected: { control: 862.5, test: 862.5 }, p_value: pValue },
    };
    expect(summariseExposures(parse(body), ['control', 'test']).split).toEqual({ status, pValue });
  });

  it.each([0.05, null])('says nothing of a split that holds (p = %s)', (pValue) => {
    const body = {
      ...mismatchedExposureResult,
      sample_ratio_mismatch: { expected: { control: 862.5, test: 862.5 }, p_value: pValue },
    };
    expect(summariseExposures(parse(body), ['control', 'test']).split).toBeNull();
  });

  it('lists variants the experiment no longer has after its own, and copes with no data', () => {
    const extra = {
      ...exposureResult,
      total_exposures: { gone: 3, test: 975, control: 1025 },
    };
    const keys = summariseExposures(parse(extra), ['control', 'test']).variants.map((v) => v.key);
    expect(keys).toEqual(['control', 'test', 'gone']);
    const empty = summariseExposures(parse({ timeseries: [], total_exposures: {} }), ['control']);
    expect(empty).toMatchObject({ variants: [], total: 0, days: [], series: [] });
  });
});
