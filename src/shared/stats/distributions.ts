import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * The distributions PostHog's experiment statistics use (scipy's norm, t and chi2), as thin typed
 * wrappers over @stdlib. Upper tails are taken from the mirrored lower tail rather than `1 − cdf`, so a
 * tail of 1e-11 keeps its digits instead of drowning in the rounding of 1.
 */

/** P(X ≤ x) for X ~ N(mean, sd²). */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  return normalCdfImpl(x, mean, sd);
}

/** P(X > x) for X ~ N(mean, sd²) (scipy's `norm.sf`). */
export function normalSf(x: number, mean = 0, sd = 1): number {
  return normalCdfImpl(-x, -mean, sd);
}

/** The x with P(X ≤ x) = p for X ~ N(mean, sd²) (scipy's `norm.ppf`). */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  return normalQuantileImpl(p, mean, sd);
}

/** P(T ≤ t) for Student's t with `df` (possibly fractional) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return tCdf(t, df);
}

/** P(T > t) for Student's t (scipy's `t.sf`), from the symmetric lower tail. */
export function studentTSf(t: number, df: number): number {
  return tCdf(-t, df);
}

/** The t with P(T ≤ t) = p (scipy's `t.ppf`). */
export function studentTQuantile(p: number, df: number): number {
  return tQuantile(p, df);
}

/**
 * P(X > x) for a chi-square with k degrees of freedom. @stdlib has no chi-square survival function, so
 * this is `1 − cdf`: exact enough for a sample-ratio-mismatch warning, which only asks "below 0.001?".
 */
export function chiSquareSf(x: number, k: number): number {
  return 1 - chiSquareCdf(x, k);
}
