import { flagLaunchProblem, flagVariants, type FeatureFlag } from '@/shared';
import type { VariantValue } from '../../form/editor-values';

/**
 * Why PostHog would refuse to run an experiment on this existing flag (it reuses a flag with the same key
 * as it is), in words for the flag-key field; null when it can be reused.
 */
export function flagReuseProblem(flag: FeatureFlag): string | null {
  if (!flagLaunchProblem(flag)) return null;
  const variants = flagVariants(flag);
  if (variants.length === 0) return 'it is a simple on/off flag without variants';
  if (variants.length === 1)
    return 'it has only one variant; an experiment needs control and a test variant';
  return 'none of its variants has the key “control”, which an experiment compares against';
}

export function flagVariantValues(flag: FeatureFlag): VariantValue[] {
  return flagVariants(flag).map((v) => ({
    key: v.key,
    name: v.name ?? '',
    percent: v.rollout_percentage ?? 0,
  }));
}

export function describeFlagVariants(flag: FeatureFlag): string {
  return flagVariants(flag)
    .map((v) => `${v.key} ${v.rollout_percentage ?? 0}%`)
    .join(' · ');
}
