import type { Experiment } from '@/shared';
import { DEFAULT_CONFIDENCE_PERCENT, type EditorValues } from '../editor-values';

type Json = Record<string, unknown>;

/** Confidence % → Bayesian credible level (0.95) or frequentist alpha (0.05), without float noise. */
export function confidenceToLevel(percent: number): number {
  return Math.round(percent * 100) / 10_000;
}
export function confidenceToAlpha(percent: number): number {
  return Math.round((100 - percent) * 100) / 10_000;
}

/**
 * Form → `stats_config`, keeping keys the form does not manage (`version`, CUPED settings). Method and
 * confidence are left out while PostHog's defaults (Bayesian, 95 %) apply and were never stored.
 */
export function statsToApi(values: EditorValues, base: Experiment | undefined) {
  const original = base?.stats_config;
  const out: Json = { ...original };
  const isDefaultLevel = values.confidencePercent === DEFAULT_CONFIDENCE_PERCENT;
  if (!base || original?.method != null || values.statsMethod !== 'bayesian') {
    out.method = values.statsMethod;
  }
  if (values.statsMethod === 'bayesian') {
    if (!base || original?.bayesian != null || !isDefaultLevel) {
      out.bayesian = {
        ...original?.bayesian,
        ci_level: confidenceToLevel(values.confidencePercent),
      };
    }
  } else if (!base || original?.frequentist != null || !isDefaultLevel) {
    out.frequentist = {
      ...original?.frequentist,
      alpha: confidenceToAlpha(values.confidencePercent),
    };
  }
  if (base && original == null && Object.keys(out).length === 0) return original;
  return out;
}
