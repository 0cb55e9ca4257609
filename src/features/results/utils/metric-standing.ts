import {
  interpretVariant,
  type ExperimentMetric,
  type ExperimentQueryResponse,
  type VariantInterpretation,
} from '@/shared';
import { gateReason } from './gate-reason';

/**
 * Where a metric stands at a glance, for the compact readings (the End dialog, the conclusion card, the
 * dashboard chip): the test variant doing best for the metric's goal against the baseline, or why no
 * variant can be compared yet.
 */
export type MetricStanding =
  | {
      kind: 'lead';
      baselineKey: string;
      /** The best test variant for the goal among those with statistics (significant or not). */
      leader: VariantInterpretation;
      /** How many test variants had statistics; the leader is the best of them. */
      compared: number;
    }
  /** Below PostHog's gates: "needs 50 exposed people per variant; test has 23". */
  | { kind: 'gated'; reason: string }
  /** An answer without a baseline (nothing exposed yet, or a legacy shape). */
  | { kind: 'empty' };

export function metricStanding(
  metric: ExperimentMetric,
  response: ExperimentQueryResponse,
): MetricStanding {
  const baseline = response.baseline;
  if (!baseline) return { kind: 'empty' };
  const results = response.variant_results ?? [];
  const reads = results
    .map((result) => interpretVariant(result, metric.goal))
    .filter((read) => read.delta !== null);
  const [first, ...rest] = reads;
  if (!first) {
    const gated = results[0];
    return {
      kind: 'gated',
      reason: gated
        ? gateReason(gated, metric.metric_type, baseline)
        : 'no variant has been exposed yet',
    };
  }
  const leader = rest.reduce(
    (best, read) => ((read.gain ?? 0) > (best.gain ?? 0) ? read : best),
    first,
  );
  return { kind: 'lead', baselineKey: baseline.key, leader, compared: reads.length };
}
