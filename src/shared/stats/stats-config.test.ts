import { describe, expect, it } from 'vitest';
import { baselineVariantKey, resolveStatsConfig, type ResolvedStatsConfig } from './stats-config';

const DEFAULTS: ResolvedStatsConfig = {
  method: 'bayesian',
  ciLevel: 0.95,
  alpha: 0.05,
  differenceType: 'RELATIVE',
  sequential: { enabled: false, tuningParameter: 5000 },
};

describe('resolveStatsConfig', () => {
  it.each<[string, unknown]>([
    ['nothing stored', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a list', []],
    ['a string', 'frequentist'],
    ['malformed sub-configs', { bayesian: [], frequentist: 'bad' }],
    ['an unknown method', { method: 'sequential' }],
  ])('gives PostHog’s defaults for %s', (_name, raw) => {
    expect(resolveStatsConfig(raw)).toEqual(DEFAULTS);
  });

  // PostHog's STATSCFG-T cases for ci_level, plus the edges around them.
  it.each<[string, unknown, number]>([
    ['0.90', 0.9, 0.9],
    ['a fractional level', 0.925, 0.925],
    ['0.99', 0.99, 0.99],
    ['a numeric string', '0.925', 0.925],
    ['a padded numeric string', ' 0.8 ', 0.8],
    ['zero', 0, 0.95],
    ['one', 1, 0.95],
    ['below the range', -0.1, 0.95],
    ['above the range', 1.5, 0.95],
    ['null', null, 0.95],
    ['NaN', Number.NaN, 0.95],
    ['infinity', Infinity, 0.95],
    ['negative infinity', -Infinity, 0.95],
    ['a level whose upper bound rounds to 1', 0.9999999999999999, 0.95],
    ['the largest level whose bound stays below 1', 0.9999999999999998, 0.9999999999999998],
    ['the smallest positive number', Number.MIN_VALUE, Number.MIN_VALUE],
    ['not a number', 'not-a-number', 0.95],
    ['"inf"', 'inf', 0.95],
    ['true (Python reads it as 1)', true, 0.95],
  ])('bayesian.ci_level %s → %s', (_name, ciLevel, expected) => {
    expect(resolveStatsConfig({ bayesian: { ci_level: ciLevel } }).ciLevel).toBe(expected);
  });

  it.each<[string, unknown, number]>([
    ['0.01', 0.01, 0.01],
    ['0.1 as a string', '0.1', 0.1],
    ['5 (out of range)', 5, 0.05],
    ['-0.5 (out of range)', -0.5, 0.05],
    ['exactly 0 (PostHog fails the query; the console falls back)', 0, 0.05],
    ['exactly 1 (likewise)', 1, 0.05],
    ['NaN', Number.NaN, 0.05],
    ['a word', 'strict', 0.05],
  ])('frequentist.alpha %s → %s', (_name, alpha, expected) => {
    expect(resolveStatsConfig({ frequentist: { alpha } }).alpha).toBe(expected);
  });

  it.each<[string, unknown, ResolvedStatsConfig['differenceType']]>([
    ['the bayesian ABSOLUTE', { bayesian: { difference_type: 'ABSOLUTE' } }, 'ABSOLUTE'],
    [
      'lower-case names (PostHog looks up enum names)',
      { bayesian: { difference_type: 'absolute' } },
      'RELATIVE',
    ],
    ['an invalid name', { bayesian: { difference_type: 'INVALID' } }, 'RELATIVE'],
    ['a number', { bayesian: { difference_type: 123 } }, 'RELATIVE'],
    [
      'the frequentist key when frequentist',
      { method: 'frequentist', frequentist: { difference_type: 'ABSOLUTE' } },
      'ABSOLUTE',
    ],
    [
      'not the other method’s key',
      { method: 'frequentist', bayesian: { difference_type: 'ABSOLUTE' } },
      'RELATIVE',
    ],
  ])('difference type from %s', (_name, raw, expected) => {
    expect(resolveStatsConfig(raw).differenceType).toBe(expected);
  });

  it.each<[string, unknown, object, ResolvedStatsConfig['sequential']]>([
    ['off by default', {}, {}, { enabled: false, tuningParameter: 5000 }],
    [
      'on, with a tuning parameter',
      { frequentist: { sequential_testing_enabled: true, sequential_tuning_parameter: 2000 } },
      {},
      { enabled: true, tuningParameter: 2000 },
    ],
    [
      'on from the team default',
      {},
      { sequentialTestingEnabled: true },
      { enabled: true, tuningParameter: 5000 },
    ],
    [
      'an explicit false beats the team default',
      { frequentist: { sequential_testing_enabled: false } },
      { sequentialTestingEnabled: true },
      { enabled: false, tuningParameter: 5000 },
    ],
    [
      'Python truthiness: the string "false" is true',
      { frequentist: { sequential_testing_enabled: 'false' } },
      {},
      { enabled: true, tuningParameter: 5000 },
    ],
    [
      'Python truthiness: 0 is false',
      { frequentist: { sequential_testing_enabled: 0 } },
      { sequentialTestingEnabled: true },
      { enabled: false, tuningParameter: 5000 },
    ],
    [
      'a garbage tuning parameter falls back',
      {
        frequentist: {
          sequential_testing_enabled: true,
          sequential_tuning_parameter: 'not-a-number',
        },
      },
      {},
      { enabled: true, tuningParameter: 5000 },
    ],
    [
      'a tuning parameter below 1 falls back to the team default',
      { frequentist: { sequential_tuning_parameter: 0.5 } },
      { sequentialTuningParameter: 800 },
      { enabled: false, tuningParameter: 800 },
    ],
    [
      'the range ends are allowed',
      { frequentist: { sequential_tuning_parameter: 1e9 } },
      {},
      { enabled: false, tuningParameter: 1e9 },
    ],
    [
      'a bad team default falls back to 5000',
      {},
      { sequentialTuningParameter: 2e9 },
      { enabled: false, tuningParameter: 5000 },
    ],
  ])('sequential testing: %s', (_name, raw, team, expected) => {
    expect(resolveStatsConfig(raw, team).sequential).toEqual(expected);
  });

  it('reads the method', () => {
    expect(resolveStatsConfig({ method: 'frequentist' }).method).toBe('frequentist');
  });
});

describe('baselineVariantKey', () => {
  it.each<[string, unknown, string[], string]>([
    ['no stats config', null, ['control', 'test'], 'control'],
    ['an empty config', {}, ['control', 'test'], 'control'],
    ['a configured baseline', { baseline_variant_key: 'test' }, ['control', 'test'], 'test'],
    ['no control: the first variant', null, ['variant_a', 'variant_b'], 'variant_a'],
    ['control not first is still the baseline', null, ['test', 'control'], 'control'],
    ['no variants at all', null, [], 'control'],
    ['a blank configured key is ignored', { baseline_variant_key: '' }, ['a', 'b'], 'a'],
  ])('%s', (_name, statsConfig, keys, expected) => {
    expect(baselineVariantKey(statsConfig, keys)).toBe(expected);
  });
});
