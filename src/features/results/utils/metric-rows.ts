import {
  formatChanceToWin,
  formatMetricValue,
  formatPValue,
  interpretVariant,
  resolveStatsConfig,
  type Experiment,
  type ExperimentMetric,
  type ExperimentQueryResponse,
  type ExperimentStatsBase,
  type StatsMethod,
  type VariantOutcome,
} from '@/shared';
import { formatChange } from './format-change';
import { formatCount } from './format-count';
import { gateReason } from './gate-reason';
import { intervalAxis, type Interval, type IntervalAxis } from './interval-axis';

/** What every row shows: the variant's own numbers. */
export interface RowNumbers {
  key: string;
  /** The metric's value in this variant, as PostHog shows it (a mean, a rate in %, a ratio). */
  value: string;
  /** The raw counts under it: "176 of 1,551 converted". */
  counts: string;
}

export interface VariantRow extends RowNumbers {
  /** The relative change against the baseline ("+15.77%"), when the statistics ran. */
  delta: string | null;
  /** The same change as a fraction (0.1577), for its direction. */
  change: number | null;
  interval: Interval | null;
  significant: boolean;
  outcome: VariantOutcome;
  /** Chance to win (goal-aware, Bayesian) or the p-value (frequentist), formatted. */
  evidence: string | null;
  /** Why there are no statistics: "needs 50 exposed people per variant; test has 23". */
  gate: string | null;
}

export interface MetricRows {
  method: StatsMethod;
  /** The interval's level (0.95 → "95 %"). */
  level: number;
  /** Changes are relative (a fraction of the baseline) unless the experiment asks for absolute ones. */
  relative: boolean;
  baseline: RowNumbers;
  variants: VariantRow[];
  axis: IntervalAxis;
}

function counts(metric: ExperimentMetric, stats: ExperimentStatsBase): string {
  const n = formatCount(stats.number_of_samples);
  switch (metric.metric_type) {
    case 'funnel':
      return `${formatCount(stats.sum)} of ${n} converted`;
    case 'retention':
      return `${formatCount(stats.sum)} of ${n} retained`;
    case 'ratio':
      return `${formatCount(stats.sum)} ÷ ${formatCount(stats.denominator_sum ?? 0)}`;
    default:
      return `${formatCount(stats.sum)} over ${n} exposed`;
  }
}

function numbers(metric: ExperimentMetric, stats: ExperimentStatsBase): RowNumbers {
  return {
    key: stats.key,
    value: formatMetricValue(stats, metric.metric_type),
    counts: counts(metric, stats),
  };
}

/**
 * One metric's answer as table rows: the baseline, then each variant with its change, evidence and
 * interval, or the reason it has none; and the axis all intervals share. Null for an answer without a
 * baseline (a legacy-format result the console does not draw).
 */
export function metricRows(
  experiment: Experiment,
  metric: ExperimentMetric,
  response: ExperimentQueryResponse,
): MetricRows | null {
  const baseline = response.baseline;
  if (!baseline) return null;
  const config = resolveStatsConfig(experiment.stats_config);
  const results = response.variant_results ?? [];
  const method = results[0]?.method ?? config.method;
  const relative = config.differenceType === 'RELATIVE';
  const variants = results.map((result): VariantRow => {
    const read = interpretVariant(result, metric.goal);
    const evidence =
      method === 'bayesian' ? formatChanceToWin(read.chanceToWin) : formatPValue(read.pValue);
    return {
      ...numbers(metric, result),
      delta: read.interval ? formatChange(read.delta, relative) : null,
      change: read.interval ? read.delta : null,
      interval: read.interval,
      significant: read.significant,
      outcome: read.outcome,
      evidence: read.interval ? evidence : null,
      gate: read.interval ? null : gateReason(result, metric.metric_type, baseline),
    };
  });
  return {
    method,
    level: method === 'bayesian' ? config.ciLevel : 1 - config.alpha,
    relative,
    baseline: numbers(metric, baseline),
    variants,
    axis: intervalAxis(variants.map((v) => v.interval)),
  };
}
