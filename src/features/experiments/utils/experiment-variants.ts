import { flagVariants, variantPercent, type Experiment } from '@/shared';

export interface VariantShare {
  key: string;
  name: string | null;
  percent: number;
}

/**
 * The experiment's variants with their split. `parameters.feature_flag_variants` is what the experiment
 * asked for; older payloads only have the flag's own variants, so fall back to those.
 */
export function experimentVariants(experiment: Experiment): VariantShare[] {
  const fromParameters = experiment.parameters?.feature_flag_variants;
  const variants = fromParameters?.length ? fromParameters : flagVariants(experiment.feature_flag);
  return variants.map((variant) => ({
    key: variant.key,
    name: variant.name ?? null,
    percent: variantPercent(variant),
  }));
}

/**
 * The split the experiment asked for ("control 34 % · test 33 % · grid 33 %") when the flag now serves a
 * different one (a variant was shipped, or the flag was changed in PostHog); null when they agree.
 */
export function splitChangedSince(
  experiment: Experiment,
  flagVariants: readonly { key: string; percent: number }[],
): string | null {
  const asked = experiment.parameters?.feature_flag_variants;
  if (!asked?.length) return null;
  const now = new Map(flagVariants.map((v) => [v.key, v.percent]));
  const same =
    asked.length === flagVariants.length &&
    asked.every((v) => now.get(v.key) === variantPercent(v));
  if (same) return null;
  return asked.map((v) => `${v.key} ${variantPercent(v)}\u00a0%`).join(' · ');
}
