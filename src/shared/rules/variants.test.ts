import { describe, expect, it } from 'vitest';
import {
  normalizeVariantsForStorage,
  splitSumProblem,
  variantListProblem,
  withSplitPercent,
} from './variants';

const v = (key: string, split_percent = 50) => ({ key, split_percent });

describe('variantListProblem (PostHog messages)', () => {
  it.each([
    ['not a list', 'x', 'Feature flag variants must be a list'],
    ['a non-object', [v('control'), 3], 'Feature flag variant at index 1 must be an object'],
    [
      'a missing key',
      [v('control'), { split_percent: 50 }],
      "Feature flag variant at index 1 must have a 'key' field",
    ],
    [
      'no percentage',
      [v('control'), { key: 'test' }],
      'Each variant must include split_percent (recommended) or rollout_percentage (deprecated).',
    ],
    [
      'one variant',
      [v('control', 100)],
      'Feature flag must have at least 2 variants (control and at least one test variant)',
    ],
    [
      '21 variants',
      Array.from({ length: 21 }, (_, i) => v(i ? `t${i}` : 'control', 5)),
      'Feature flag variants must be less than 21',
    ],
    [
      'no control',
      [v('a'), v('b')],
      "Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: ['a', 'b']. Rename the baseline variant's 'key' to 'control'.",
    ],
    [
      'duplicate keys',
      [v('control', 34), v('test', 33), v('test', 33)],
      'Variant keys must be unique.',
    ],
    [
      'a bad key',
      [v('control'), v('new test')],
      expect.stringContaining("Variant key 'new test' is invalid"),
    ],
    [
      'a percentage over 100',
      [v('control', 150), v('test', -50)],
      expect.stringContaining('from 0 to 100'),
    ],
  ])('refuses %s', (_, variants, message) => {
    expect(variantListProblem(variants)).toEqual(message);
  });

  it.each([
    [[v('control'), v('test')]],
    [[v('control', 34), v('test', 33), v('test_2', 33)]],
    [
      [
        { key: 'Control', rollout_percentage: 50 },
        { key: 'test', rollout_percentage: 50 },
      ],
    ],
  ])('accepts %j', (variants) => expect(variantListProblem(variants)).toBeNull());
});

describe('split sum', () => {
  it('is the flag serializer rule', () => {
    expect(
      splitSumProblem([
        { key: 'control', rollout_percentage: 50 },
        { key: 'test', rollout_percentage: 49 },
      ]),
    ).toBe('Invalid variant definitions: Variant rollout percentages must sum to 100.');
    expect(
      splitSumProblem([
        { key: 'control', rollout_percentage: 70 },
        { key: 'test', rollout_percentage: 30 },
      ]),
    ).toBeNull();
  });
});

describe('split_percent ⇄ rollout_percentage', () => {
  it('moves split_percent into rollout_percentage, split winning, and lower-cases Control', () => {
    expect(
      normalizeVariantsForStorage([
        { key: 'Control', split_percent: 60, rollout_percentage: 10 },
        { key: 'test', rollout_percentage: 40, name: 'Test' },
      ]),
    ).toEqual([
      { key: 'control', rollout_percentage: 60 },
      { key: 'test', rollout_percentage: 40, name: 'Test' },
    ]);
  });
  it('keeps an exact control and a differently-cased sibling apart', () => {
    const keys = normalizeVariantsForStorage([
      { key: 'control', split_percent: 50 },
      { key: 'CONTROL', split_percent: 50 },
    ]).map((x) => x.key);
    expect(keys).toEqual(['control', 'CONTROL']);
  });
  it('reports split_percent on the way out', () => {
    expect(withSplitPercent([{ key: 'control', rollout_percentage: 34 }, { key: 'x' }])).toEqual([
      { key: 'control', rollout_percentage: 34, split_percent: 34 },
      { key: 'x' },
    ]);
  });
});
