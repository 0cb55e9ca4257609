import { describe, expect, it } from 'vitest';
import {
  evenSplit,
  isSplitComplete,
  setVariantPercent,
  splitTotal,
  trafficShares,
  variantPercent,
} from './split';

describe('evenSplit', () => {
  it.each([
    [1, [100]],
    [2, [50, 50]],
    [3, [34, 33, 33]],
    [4, [25, 25, 25, 25]],
    [6, [17, 17, 17, 17, 16, 16]],
    [7, [15, 15, 14, 14, 14, 14, 14]],
    [20, Array(20).fill(5)],
  ])('%i variants → %j', (count, expected) => {
    expect(evenSplit(count)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('gives nothing for no variants', () => expect(evenSplit(0)).toEqual([]));
});

describe('splitTotal and isSplitComplete', () => {
  it.each([
    [[70, 30], 100, true],
    [[0, 100], 100, true],
    [[34, 33, 33], 100, true],
    [[33.3, 33.3, 33.4], 100, true],
    [[150, -50], 100, true], // the sum alone says 100: the 0–100 range is the variant rule's job
    [[50, 49], 99, false],
    [[60, 60], 120, false],
  ])('%j sums to %d', (percents, total, complete) => {
    const variants = percents.map((split_percent, i) => ({ key: `v${i}`, split_percent }));
    expect(splitTotal(variants)).toBe(total);
    expect(isSplitComplete(variants)).toBe(complete);
  });

  it('prefers split_percent over the deprecated rollout_percentage', () => {
    expect(variantPercent({ key: 'a', split_percent: 20, rollout_percentage: 80 })).toBe(20);
    expect(variantPercent({ key: 'a', rollout_percentage: 80 })).toBe(80);
    expect(variantPercent({ key: 'a' })).toBe(0);
  });
});

describe('setVariantPercent', () => {
  it('with two variants sets the other to the rest', () => {
    expect(setVariantPercent([50, 50], 0, 70)).toEqual([70, 30]);
    expect(setVariantPercent([50, 50], 1, 10)).toEqual([90, 10]);
  });
  it('with more variants changes only the edited one', () => {
    expect(setVariantPercent([34, 33, 33], 2, 40)).toEqual([34, 33, 40]);
  });
  it('clamps to 0–100 and whole numbers', () => {
    expect(setVariantPercent([50, 50], 0, 140)).toEqual([100, 0]);
    expect(setVariantPercent([50, 50], 0, -5)).toEqual([0, 100]);
    expect(setVariantPercent([50, 50], 0, 33.6)).toEqual([34, 66]);
  });
});

describe('trafficShares', () => {
  it('carves out the holdout, then the rollout, then splits', () => {
    const shares = trafficShares(
      [
        { key: 'control', split_percent: 50 },
        { key: 'test', split_percent: 50 },
      ],
      50,
      10,
    );
    expect(shares).toEqual({
      holdout: 10,
      notEnrolled: 45,
      variants: [
        { key: 'control', percentOfAllUsers: 22.5 },
        { key: 'test', percentOfAllUsers: 22.5 },
      ],
    });
  });
  it('with full rollout and no holdout gives each variant its split', () => {
    const shares = trafficShares(
      [
        { key: 'control', split_percent: 70 },
        { key: 'test', split_percent: 30 },
      ],
      100,
    );
    expect(shares.variants.map((v) => v.percentOfAllUsers)).toEqual([70, 30]);
    expect(shares.notEnrolled).toBe(0);
  });
});
