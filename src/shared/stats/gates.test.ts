import { describe, expect, it } from 'vitest';
import type { MetricType } from '../schemas/metric';
import { validationFailures } from './gates';

describe('validationFailures', () => {
  it.each<[string, MetricType, number, number, boolean, string[]]>([
    ['enough of everything', 'mean', 50, 10, false, []],
    ['49 exposures', 'mean', 49, 10, false, ['not-enough-exposures']],
    ['a mean metric needs no conversions', 'mean', 100, 0, false, []],
    ['a funnel with 4 conversions', 'funnel', 100, 4, false, ['not-enough-metric-data']],
    ['a funnel with 5 conversions', 'funnel', 100, 5, false, []],
    ['retention with 4 retained', 'retention', 100, 4, false, ['not-enough-metric-data']],
    ['a ratio metric with few events', 'ratio', 100, 2, false, []],
    ['a baseline with a zero sum', 'mean', 100, 0, true, ['baseline-mean-is-zero']],
    ['a variant with a zero sum is fine', 'ratio', 100, 0, false, []],
    [
      'every failure at once, in PostHog’s order',
      'funnel',
      10,
      0,
      true,
      ['not-enough-exposures', 'not-enough-metric-data', 'baseline-mean-is-zero'],
    ],
  ])('%s', (_name, metricType, n, sum, isBaseline, expected) => {
    expect(validationFailures({ number_of_samples: n, sum }, metricType, isBaseline)).toEqual(
      expected,
    );
  });
});
