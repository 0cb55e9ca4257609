/** Split arithmetic for variant percentages. Percentages are whole numbers, as PostHog's UI uses. */

export interface SplitVariant {
  key: string;
  split_percent?: number | null;
  rollout_percentage?: number | null;
}

/** A variant's share, preferring `split_percent` (current) over `rollout_percentage` (deprecated). */
export function variantPercent(variant: SplitVariant): number {
  return variant.split_percent ?? variant.rollout_percentage ?? 0;
}

export function splitTotal(variants: readonly SplitVariant[]): number {
  // Round away float noise (33.3 + 33.3 + 33.4) so a valid split never fails by 1e-14.
  return Math.round(variants.reduce((sum, v) => sum + variantPercent(v), 0) * 1000) / 1000;
}

export function isSplitComplete(variants: readonly SplitVariant[]): boolean {
  return splitTotal(variants) === 100;
}

/** Even split with the remainder on the first variants: 3 → 34/33/33, 6 → 17/17/17/17/16/16. */
export function evenSplit(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  const remainder = 100 - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < remainder ? 1 : 0));
}

/** With exactly two variants, setting one sets the other to the rest; with more, only the edited one changes. */
export function setVariantPercent(
  percents: readonly number[],
  index: number,
  value: number,
): number[] {
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  const next = [...percents];
  next[index] = clamped;
  if (next.length === 2) next[1 - index] = 100 - clamped;
  return next;
}

export interface TrafficSegment {
  key: string;
  /** Share of *all* users, 0–100. */
  percentOfAllUsers: number;
}

/**
 * Who sees what, out of every user: a holdout is carved out first, then the rollout decides who enters, then
 * the split divides those who entered.
 */
export function trafficShares(
  variants: readonly SplitVariant[],
  rolloutPercent: number,
  holdoutPercent = 0,
): { variants: TrafficSegment[]; notEnrolled: number; holdout: number } {
  const eligible = (100 - holdoutPercent) / 100;
  const enrolled = eligible * (rolloutPercent / 100);
  const segments = variants.map((v) => ({
    key: v.key,
    percentOfAllUsers: round2(enrolled * variantPercent(v)),
  }));
  return {
    variants: segments,
    holdout: round2(holdoutPercent),
    notEnrolled: round2(eligible * (100 - rolloutPercent)),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
