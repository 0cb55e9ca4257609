import { flagVariants, variantPercent, type Experiment } from '@/shared';
import { actionRefOf } from './action-node';
import {
  DEFAULT_CONFIDENCE_PERCENT,
  DEFAULT_ROLLOUT_PERCENT,
  emptyEditorValues,
  type EditorValues,
  type MetricValue,
  type SavedMetricLinkValue,
  type VariantValue,
} from './editor-values';
import { propertiesToRows } from './property-value';

/**
 * API → form. Missing or null fields take the value PostHog would use, so the form always shows what the
 * experiment actually does.
 */
export function experimentToForm(experiment: Experiment): EditorValues {
  const empty = emptyEditorValues();
  const exposure = experiment.exposure_criteria ?? {};
  const config = exposure.exposure_config;
  const exposureAction = actionRefOf(config);
  return {
    name: experiment.name,
    description: experiment.description ?? '',
    featureFlagKey: experiment.feature_flag_key,
    type: experiment.type === 'web' ? 'web' : 'product',
    holdoutId: experiment.holdout_id ?? experiment.holdout?.id ?? null,
    startDate: experiment.start_date ?? null,
    endDate: experiment.end_date ?? null,
    variants: variantsOf(experiment),
    rolloutPercent: rolloutOf(experiment),
    minimumDetectableEffect: experiment.parameters?.minimum_detectable_effect ?? null,
    statsMethod: experiment.stats_config?.method === 'frequentist' ? 'frequentist' : 'bayesian',
    confidencePercent: confidenceOf(experiment),
    filterTestAccounts: exposure.filterTestAccounts ?? false,
    customExposure: config != null,
    exposureEvent: exposureAction ? '' : (config?.event ?? ''),
    exposureAction,
    exposureProperties: propertiesToRows(config?.properties),
    multipleVariantHandling:
      exposure.multiple_variant_handling === 'first_seen' ? 'first_seen' : 'exclude',
    onlyCountMaturedUsers: experiment.only_count_matured_users ?? empty.onlyCountMaturedUsers,
    primaryMetrics: (experiment.metrics ?? []) as MetricValue[],
    secondaryMetrics: (experiment.metrics_secondary ?? []) as MetricValue[],
    savedMetrics: savedMetricLinksOf(experiment),
  };
}

/** The experiment's requested variants; older payloads only have the flag's. */
export function variantsOf(experiment: Experiment): VariantValue[] {
  const fromParameters = experiment.parameters?.feature_flag_variants;
  const variants = fromParameters?.length ? fromParameters : flagVariants(experiment.feature_flag);
  return variants.map((v) => ({ key: v.key, name: v.name ?? '', percent: variantPercent(v) }));
}

function rolloutOf(experiment: Experiment): number {
  return (
    experiment.parameters?.rollout_percentage ??
    experiment.feature_flag?.filters?.groups?.[0]?.rollout_percentage ??
    DEFAULT_ROLLOUT_PERCENT
  );
}

/** Bayesian stores a credible-interval level, frequentist an alpha; both read as "confidence %". */
function confidenceOf(experiment: Experiment): number {
  const stats = experiment.stats_config;
  const level =
    stats?.method === 'frequentist'
      ? stats.frequentist?.alpha != null
        ? 1 - stats.frequentist.alpha
        : undefined
      : stats?.bayesian?.ci_level;
  return level == null ? DEFAULT_CONFIDENCE_PERCENT : Math.round(level * 10_000) / 100;
}

/** A link without a type counts as primary, as PostHog does. */
export function savedMetricLinksOf(experiment: Experiment): SavedMetricLinkValue[] {
  return (experiment.saved_metrics ?? []).map((link) => ({
    id: link.saved_metric,
    type: link.metadata?.type === 'secondary' ? 'secondary' : 'primary',
  }));
}
