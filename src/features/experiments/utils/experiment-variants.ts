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
