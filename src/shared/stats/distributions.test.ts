import { describe, expect, it } from 'vitest';
import {
  chiSquareSf,
  normalCdf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTQuantile,
  studentTSf,
} from './distributions';

// Expected values from scipy 1.17 (norm, t, chi2), the library PostHog's statistics use.
describe('distributions', () => {
  it.each<[string, () => number, number, number]>([
    ['normal cdf at 1.96', () => normalCdf(1.96), 0.9750021048517795, 1e-15],
    ['normal cdf with mean and sd', () => normalCdf(0.3, 0.1, 0.2), 0.8413447460685429, 1e-15],
    ['normal sf at 1.96', () => normalSf(1.96), 0.024997895148220435, 1e-16],
    [
      'normal sf deep in the upper tail keeps its digits',
      () => normalSf(8),
      6.22096057427174e-16,
      1e-28,
    ],
    ['normal sf below the mean', () => normalSf(-8), 0.9999999999999993, 1e-16],
    ['normal quantile 0.975', () => normalQuantile(0.975), 1.959963984540054, 1e-14],
    [
      'normal quantile with mean and sd',
      () => normalQuantile(0.05, 2, 3),
      -2.934560880854418,
      1e-13,
    ],
    ['t cdf, 10 df', () => studentTCdf(2.228, 10), 0.9749941140914443, 1e-13],
    ['t cdf, fractional df', () => studentTCdf(-1.5, 3.7), 0.10679908460100675, 1e-13],
    ['t sf, 10 df', () => studentTSf(2.228, 10), 0.02500588590855566, 1e-14],
    ['t sf far in the tail', () => studentTSf(6.5, 2909.83), 4.7082595229289554e-11, 1e-22],
    ['t quantile, 10 df', () => studentTQuantile(0.975, 10), 2.228138851986274, 1e-12],
    ['t quantile, Welch df', () => studentTQuantile(0.975, 2909.83), 1.9607795791004512, 1e-12],
    [
      'chi-square sf at the 5 % critical value',
      () => chiSquareSf(3.841458820694124, 1),
      0.05,
      1e-14,
    ],
    ['chi-square sf, 3 df', () => chiSquareSf(10.5, 3), 0.014760897143990665, 1e-14],
  ])('%s', (_name, compute, expected, tolerance) => {
    expect(Math.abs(compute() - expected)).toBeLessThanOrEqual(tolerance);
  });
});
