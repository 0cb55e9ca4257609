import type { Experiment, ExperimentVariant } from '@/shared';
import { DEFAULT_ROLLOUT_PERCENT, type EditorValues, type VariantValue } from '../editor-values';

type Json = Record<string, unknown>;
const PERCENT_KEYS = ['split_percent', 'rollout_percentage'] as const;

/**
 * Form variants → `parameters.feature_flag_variants`. Each variant keeps the keys it came with (payload
 * notes, names) and reports its percent in the fields it came with; a new variant uses `split_percent`.
 */
export function variantsToApi(
  rows: readonly VariantValue[],
  originals: readonly ExperimentVariant[],
) {
  return rows.map((row) => {
    const original = originals.find((v) => v.key === row.key);
    const {
      key: _key,
      name: _name,
      split_percent: _s,
      rollout_percentage: _r,
      ...rest
    } = original ?? ({} as Partial<ExperimentVariant>);
    const out: Json = { ...rest, key: row.key };
    if (row.name) out.name = row.name;
    else if (original && 'name' in original) out.name = null;
    const percentKeys = original ? PERCENT_KEYS.filter((k) => original[k] != null) : [];
    for (const key of percentKeys.length > 0 ? percentKeys : ['split_percent']) {
      out[key] = row.percent;
    }
    return out;
  });
}

/**
 * `parameters` is a JSON field PostHog replaces whole, so every key the form does not manage
 * (recommended_*, payloads, aggregation) is carried over from the loaded experiment.
 */
export function parametersToApi(values: EditorValues, base: Experiment | undefined): Json {
  const original = base?.parameters ?? null;
  const out: Json = { ...original };
  out.feature_flag_variants = variantsToApi(values.variants, original?.feature_flag_variants ?? []);
  // A rollout PostHog never stored means 100 %; leave it out until someone sets another value.
  if (
    !base ||
    original?.rollout_percentage != null ||
    values.rolloutPercent !== DEFAULT_ROLLOUT_PERCENT
  ) {
    out.rollout_percentage = values.rolloutPercent;
  }
  if (values.minimumDetectableEffect != null) {
    out.minimum_detectable_effect = values.minimumDetectableEffect;
  } else if (original && 'minimum_detectable_effect' in original) {
    out.minimum_detectable_effect = null;
  }
  return out;
}
