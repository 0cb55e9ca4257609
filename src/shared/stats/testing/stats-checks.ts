import { expect } from 'vitest';
import type {
  ExperimentStatsBase,
  ExperimentVariantResult,
  ExperimentVariantResultBayesian,
  ExperimentVariantResultFrequentist,
} from '../../schemas/experiment-query';

/** Sufficient statistics and checks for the statistics tests. */

export const FIXTURE_TOLERANCE = 1e-9;

export const variant = (key: string, n: number, sum: number, sumSquares: number, extra = {}) =>
  ({ key, number_of_samples: n, sum, sum_squares: sumSquares, ...extra }) as ExperimentStatsBase;

export const bayesian = (result: ExperimentVariantResult | undefined) =>
  result as ExperimentVariantResultBayesian;
export const frequentist = (result: ExperimentVariantResult | undefined) =>
  result as ExperimentVariantResultFrequentist;

/** `actual` is a number within `tolerance` of `expected` (PostHog's fixtures: 1e-9). */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  tolerance = FIXTURE_TOLERANCE,
) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}
