import { MAX_VARIANTS } from '../schemas/experiment';
import { FLAG_KEY_PATTERN } from '../schemas/feature-flag';
import { splitTotal, type SplitVariant } from './split';

export interface NormalizedVariant {
  key: string;
  name?: string | null;
  rollout_percentage: number;
  [extra: string]: unknown;
}

export const SPLIT_SUM_MESSAGE =
  'Invalid variant definitions: Variant rollout percentages must sum to 100.';

/**
 * PostHog's `validate_experiment_parameters` checks on `parameters.feature_flag_variants` (contract §3.1),
 * with its exact messages. Returns the first problem, or null.
 */
export function variantListProblem(variants: unknown): string | null {
  if (!Array.isArray(variants)) return 'Feature flag variants must be a list';
  for (const [i, variant] of variants.entries()) {
    if (typeof variant !== 'object' || variant === null || Array.isArray(variant)) {
      return `Feature flag variant at index ${i} must be an object`;
    }
    const v = variant as Record<string, unknown>;
    if (typeof v.key !== 'string' || v.key === '')
      return `Feature flag variant at index ${i} must have a 'key' field`;
    if (v.split_percent == null && v.rollout_percentage == null) {
      return 'Each variant must include split_percent (recommended) or rollout_percentage (deprecated).';
    }
    for (const field of ['split_percent', 'rollout_percentage'] as const) {
      const pct = v[field];
      if (
        pct != null &&
        (typeof pct !== 'number' || !Number.isFinite(pct) || pct < 0 || pct > 100)
      ) {
        return `Variant '${v.key}' has an invalid ${field}: it must be a number from 0 to 100.`;
      }
    }
    if (!FLAG_KEY_PATTERN.test(v.key)) {
      return `Variant key '${v.key}' is invalid: only letters, numbers, hyphens (-) & underscores (_) are allowed.`;
    }
  }
  if (variants.length > MAX_VARIANTS) return 'Feature flag variants must be less than 21';
  // PostHog checks the count and the control key only for a non-empty list; an empty one means "default
  // variants" (the flag then gets control/test 50/50).
  if (variants.length === 0) return null;
  if (variants.length < 2)
    return 'Feature flag must have at least 2 variants (control and at least one test variant)';
  const keys = variants.map((v) => (v as { key: string }).key);
  if (!keys.includes('control') && !keys.some((k) => k.toLowerCase() === 'control')) {
    return `Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: [${keys
      .map((k) => `'${k}'`)
      .join(', ')}]. Rename the baseline variant's 'key' to 'control'.`;
  }
  if (new Set(normalizeControl(keys)).size !== keys.length) return 'Variant keys must be unique.';
  return null;
}

/** The flag-level check PostHog's FeatureFlagSerializer makes on the synced variants. */
export function splitSumProblem(variants: readonly SplitVariant[]): string | null {
  return splitTotal(variants) === 100 ? null : SPLIT_SUM_MESSAGE;
}

/** A key equal to "control" ignoring case becomes "control" when no exact "control" exists (as PostHog does). */
function normalizeControl(keys: string[]): string[] {
  if (keys.includes('control')) return keys;
  return keys.map((k) => (k.toLowerCase() === 'control' ? 'control' : k));
}

/**
 * Input side of PostHog's ExperimentParametersField: `split_percent` moves into `rollout_percentage`
 * (split wins when both are given) and the control key is normalised. Call after variantListProblem passed.
 */
export function normalizeVariantsForStorage(
  variants: readonly Record<string, unknown>[],
): NormalizedVariant[] {
  const keys = normalizeControl(variants.map((v) => v.key as string));
  return variants.map((v, i) => {
    const { split_percent, ...rest } = v;
    return {
      ...rest,
      key: keys[i] as string,
      rollout_percentage: (split_percent ?? v.rollout_percentage) as number,
    };
  });
}

// PostHog's `parameters.feature_flag_variants or DEFAULT_VARIANTS` (contract §3.4).
export const DEFAULT_VARIANTS: readonly NormalizedVariant[] = [
  { key: 'control', name: 'Control Group', rollout_percentage: 50 },
  { key: 'test', name: 'Test Variant', rollout_percentage: 50 },
];

/**
 * The flag variants an experiment's parameters make, as the server stores them on the flag (an empty name
 * is left out). An empty or missing list gets the defaults, as in PostHog.
 */
export function flagVariantsFrom(
  parameters: Record<string, unknown> | null | undefined,
): NormalizedVariant[] {
  const variants = parameters?.feature_flag_variants as
    Record<string, unknown>[] | null | undefined;
  if (!variants || variants.length === 0) return DEFAULT_VARIANTS.map((v) => ({ ...v }));
  return normalizeVariantsForStorage(variants).map(({ key, name, rollout_percentage }) => ({
    key,
    ...(name ? { name } : {}),
    rollout_percentage,
  }));
}

/** Output side: every variant with a rollout_percentage also reports it as split_percent. */
export function withSplitPercent<T extends { rollout_percentage?: number | null }>(
  variants: readonly T[],
) {
  return variants.map((v) =>
    v.rollout_percentage == null ? v : { ...v, split_percent: v.rollout_percentage },
  );
}
