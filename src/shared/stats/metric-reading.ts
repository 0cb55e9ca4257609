import type {
  ExperimentQueryResponse,
  ExperimentStatsBase,
  ExperimentVariantResult,
} from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';
import type { DifferenceType } from './effect';
import { interpretVariant, type MetricGoal, type VariantInterpretation } from './interpret';
import {
  differenceText,
  evidenceText,
  METRIC_EVENTS,
  percentText,
  samplesText,
} from './result-prose';
import { resolveStatsConfig } from './stats-config';

/** One metric's result read for its goal, and worded as a sentence. Browser-safe: no @stdlib. */

export interface VariantRead {
  result: ExperimentVariantResult;
  read: VariantInterpretation;
}

export interface MetricReading {
  metricType: MetricType;
  baseline: ExperimentStatsBase;
  variants: VariantRead[];
  /** The baseline passed its gates and at least one variant has statistics. */
  tested: boolean;
  /** Samples across the baseline and every variant: exposed people (for retention, those who started). */
  samples: number;
}

/** How differences and intervals are worded: the experiment's difference type and interval levels. */
export interface ResultWording {
  differenceType: DifferenceType;
  levels: Record<ExperimentVariantResult['method'], number>;
}

/** Null for no result, or a legacy one without `baseline`. */
export function readMetricResult(
  result: ExperimentQueryResponse | null | undefined,
  goal: MetricGoal | null,
  metricType: MetricType,
): MetricReading | null {
  const baseline = result?.baseline;
  if (!baseline) return null;
  const variants = (result.variant_results ?? []).map((variant) => ({
    result: variant,
    read: interpretVariant(variant, goal),
  }));
  const gated = (baseline.validation_failures ?? []).length > 0;
  return {
    metricType,
    baseline,
    variants,
    tested: !gated && variants.some((v) => v.read.interval !== null),
    samples: variants.reduce(
      (sum, v) => sum + v.result.number_of_samples,
      baseline.number_of_samples,
    ),
  };
}

export function resultWording(statsConfig: unknown): ResultWording {
  const config = resolveStatsConfig(statsConfig);
  return {
    differenceType: config.differenceType,
    levels: { bayesian: config.ciLevel, frequentist: 1 - config.alpha },
  };
}

function variantSentence(
  { result, read }: VariantRead,
  { baseline, metricType }: MetricReading,
  wording: ResultWording,
) {
  if (read.interval === null || read.delta === null) {
    const failures = result.validation_failures ?? [];
    if (failures.includes('not-enough-exposures')) {
      return `${read.key}: not enough data yet (${samplesText(result.number_of_samples, metricType)})`;
    }
    if (failures.includes('not-enough-metric-data')) {
      return `${read.key}: not enough data yet (${result.sum} ${METRIC_EVENTS[metricType]})`;
    }
    return `${read.key}: no statistics (the data cannot be compared)`;
  }
  const label = result.method === 'bayesian' ? 'credible interval' : 'confidence interval';
  const [lo, hi] = read.interval.map((x) => differenceText(x, wording.differenceType));
  const evidence = evidenceText(read);
  const interval = `${percentText(wording.levels[result.method])} ${label} ${lo} to ${hi}`;
  const delta = differenceText(read.delta, wording.differenceType);
  return `${read.key} ${delta} vs ${baseline.key} (${evidence ? `${evidence}, ` : ''}${interval})`;
}

/**
 * "Sign-up completion: test +11.2 % vs control (chance to win 99.8 %, 95 % credible interval +8.1 % to
 * +14.3 %)." — or why there is nothing to say yet.
 */
export function metricResultSummary(
  name: string,
  reading: MetricReading | null,
  wording: ResultWording,
): string {
  if (!reading) return `${name}: no results yet.`;
  if (!reading.tested) {
    return `${name}: not enough data yet (${samplesText(reading.samples, reading.metricType)}).`;
  }
  const sentences = reading.variants.map((v) => variantSentence(v, reading, wording));
  return `${name}: ${sentences.join('; ')}.`;
}
