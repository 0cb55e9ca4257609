import { MULTIPLE_VARIANT_KEY, type SampleRatioMismatch } from '../schemas/experiment-query';
import { chiSquareSf } from './distributions';

/** PostHog computes no sample-ratio mismatch below this many exposures. */
export const SRM_MINIMUM_SAMPLE_SIZE = 100;

/**
 * Sample-ratio mismatch as PostHog's exposures runner computes it (results.md §3.1, EXPO `_calculate_srm`):
 * a chi-square goodness-of-fit of the observed exposures against the rollout split. Only variants with a
 * positive share take part (missing ones count 0 exposures); shares are normalised, so a holdout's uniform
 * rescaling does not matter. `expected` holds expected counts. Null below 100 exposures or 2 variants.
 */
export function sampleRatioMismatch(
  observed: Record<string, number>,
  expectedShares: Record<string, number>,
): SampleRatioMismatch | null {
  const keys = Object.keys(expectedShares).filter(
    (key) => key !== MULTIPLE_VARIANT_KEY && (expectedShares[key] ?? 0) > 0,
  );
  const count = (key: string) => observed[key] ?? 0;
  const totalObserved = keys.reduce((sum, key) => sum + count(key), 0);
  if (totalObserved < SRM_MINIMUM_SAMPLE_SIZE) return null;
  const totalShare = keys.reduce((sum, key) => sum + (expectedShares[key] ?? 0), 0);
  if (!(totalShare > 0) || keys.length < 2) return null;

  const expected: Record<string, number> = {};
  let chiSquare = 0;
  for (const key of keys) {
    const expectedCount = ((expectedShares[key] ?? 0) / totalShare) * totalObserved;
    expected[key] = expectedCount;
    chiSquare += (count(key) - expectedCount) ** 2 / expectedCount;
  }
  return { expected, p_value: chiSquareSf(chiSquare, keys.length - 1) };
}
