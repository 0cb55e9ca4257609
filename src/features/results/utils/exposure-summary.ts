import { MULTIPLE_VARIANT_KEY, type ExperimentExposureQueryResponse } from '@/shared';

/** PostHog's page flags a sample-ratio mismatch below this p-value (and the server applies none). */
export const SRM_MISMATCH_P_VALUE = 0.001;
/**
 * Below this, PostHog's newer page calls the split "borderline": evidence that it is off, not conclusive,
 * and no clean bill of health either.
 */
export const SRM_BORDERLINE_P_VALUE = 0.05;

export interface SplitCheck {
  status: 'mismatch' | 'borderline';
  pValue: number;
}

export interface VariantExposure {
  key: string;
  /** Exposed people (the last cumulative count). */
  count: number;
  /** Of everyone counted in a variant (people in several variants left out). */
  share: number;
  /** What the split leads one to expect, when the server ran the mismatch check. */
  expected: number | null;
}

export interface ExposureSummary {
  variants: VariantExposure[];
  /** People seen in more than one variant. */
  multiple: number;
  /** Exposed people counted in a variant. */
  total: number;
  days: string[];
  /** Cumulative exposures per day, one line per variant (`$multiple` last when present). */
  series: { key: string; counts: number[] }[];
  /** What the mismatch check says when the split looks off; null when it holds (or was not run). */
  split: SplitCheck | null;
}

/**
 * What the exposures answer says, in the experiment's variant order (variants the flag no longer has,
 * but that got exposures, come after).
 */
export function summariseExposures(
  response: ExperimentExposureQueryResponse,
  variantOrder: readonly string[],
): ExposureSummary {
  const totals = response.total_exposures;
  const keys = orderedKeys(
    [...Object.keys(totals), ...response.timeseries.map((s) => s.variant)],
    variantOrder,
  );
  const inVariants = keys.filter((key) => key !== MULTIPLE_VARIANT_KEY);
  const total = inVariants.reduce((sum, key) => sum + (totals[key] ?? 0), 0);
  const srm = response.sample_ratio_mismatch;
  const variants = inVariants.map((key) => ({
    key,
    count: totals[key] ?? 0,
    share: total > 0 ? (totals[key] ?? 0) / total : 0,
    expected: srm?.expected[key] ?? null,
  }));
  const byKey = new Map(response.timeseries.map((s) => [s.variant, s.exposure_counts]));
  return {
    variants,
    multiple: totals[MULTIPLE_VARIANT_KEY] ?? 0,
    total,
    days: response.timeseries[0]?.days ?? [],
    series: keys
      .filter((key) => byKey.has(key))
      .map((key) => ({ key, counts: byKey.get(key) ?? [] })),
    split: splitCheck(srm?.p_value),
  };
}

function splitCheck(pValue: number | null | undefined): SplitCheck | null {
  if (pValue == null || !(pValue < SRM_BORDERLINE_P_VALUE)) return null;
  return { status: pValue < SRM_MISMATCH_P_VALUE ? 'mismatch' : 'borderline', pValue };
}

function orderedKeys(present: string[], order: readonly string[]): string[] {
  const unique = [...new Set(present)];
  const rank = (key: string) => {
    if (key === MULTIPLE_VARIANT_KEY) return Number.MAX_SAFE_INTEGER;
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  return unique
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map(({ key }) => key);
}
