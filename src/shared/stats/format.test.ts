import { describe, expect, it } from 'vitest';
import type { MetricType } from '../schemas/metric';
import {
  formatChanceToWin,
  formatDeltaPercent,
  formatIntervalPercent,
  formatMetricValue,
  formatPValue,
} from './format';

describe('PostHog’s result formatting', () => {
  it.each<[number | null, string]>([
    [0.112, '+11.20%'],
    [-0.0451, '-4.51%'],
    [0, '0.00%'],
    [null, '—'],
  ])('formatDeltaPercent(%s) = %s', (delta, expected) => {
    expect(formatDeltaPercent(delta)).toBe(expected);
  });

  it('formatIntervalPercent', () => {
    expect(formatIntervalPercent([0.081, 0.143])).toBe('[8.10%, 14.30%]');
    expect(formatIntervalPercent(null)).toBe('—');
  });

  it.each<[number | null | undefined, string]>([
    [0.9999998975983043, '> 99.9%'],
    [0.999, '> 99.9%'],
    [0.998, '99.8%'],
    [0.64, '64.0%'],
    [0.0123, '1.2%'],
    [0.0099, '0.99%'],
    [0.001, '< 0.1%'],
    [2.7e-8, '< 0.1%'],
    [0, '< 0.1%'],
    [null, '—'],
    [undefined, '—'],
  ])('formatChanceToWin(%s) = %s', (chance, expected) => {
    expect(formatChanceToWin(chance)).toBe(expected);
  });

  it.each<[number | null | undefined, string]>([
    [9.5e-11, '< 0.001'],
    [0.00099, '< 0.001'],
    [0.001, '0.0010'],
    [0.0031, '0.0031'],
    [0.01, '0.010'],
    [0.2345, '0.234'],
    [1, '1.000'],
    [0, '—'],
    [null, '—'],
  ])('formatPValue(%s) = %s', (p, expected) => {
    expect(formatPValue(p)).toBe(expected);
  });

  it.each<[MetricType, object, string]>([
    ['mean', { sum: 1636, number_of_samples: 989 }, '1.65'],
    ['funnel', { sum: 176, number_of_samples: 1551 }, '11.35%'],
    ['retention', { sum: 40, number_of_samples: 200, denominator_sum: 200 }, '20.00%'],
    ['ratio', { sum: 859, number_of_samples: 989, denominator_sum: 1636 }, '0.53'],
    ['ratio', { sum: 859, number_of_samples: 989, denominator_sum: 0 }, '0.000'],
    ['mean', { sum: 0, number_of_samples: 0 }, '—'],
  ])('formatMetricValue for %s %j = %s', (metricType, variant, expected) => {
    expect(formatMetricValue(variant as Parameters<typeof formatMetricValue>[0], metricType)).toBe(
      expected,
    );
  });
});
