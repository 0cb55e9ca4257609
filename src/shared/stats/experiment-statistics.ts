import type { ExperimentStatsBase, ExperimentVariantResult } from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';
import { bayesianTest } from './bayesian';
import { frequentistTest } from './frequentist';
import { validationFailures } from './gates';
import { metricStatistic } from './metric-statistic';
import { resolveStatsConfig, type ResolvedStatsConfig } from './stats-config';
import { StatisticError, type AnyStatistic } from './statistics';

export interface ExperimentStatisticsInput {
  metricType: MetricType;
  /** Raw sufficient statistics of the baseline variant. */
  baseline: ExperimentStatsBase;
  /** The other variants, in flag order. */
  variants: ExperimentStatsBase[];
  /** The experiment's stored `stats_config`, raw. */
  statsConfig?: unknown;
}

export interface ExperimentStatistics {
  /** The baseline's raw statistics with its `validation_failures` (never stats fields). */
  baseline: ExperimentStatsBase;
  /** Per variant: raw statistics, `validation_failures`, `method`, and the stats (null when skipped). */
  variant_results: ExperimentVariantResult[];
}

const RAW_FIELDS = [
  'key',
  'number_of_samples',
  'sum',
  'sum_squares',
  'step_counts',
  'step_sessions',
  'denominator_sum',
  'denominator_sum_squares',
  'numerator_denominator_sum_product',
  'covariate_sum',
  'covariate_sum_squares',
  'covariate_sum_product',
] as const satisfies readonly (keyof ExperimentStatsBase)[];

/** The sufficient statistics PostHog echoes back, whatever else the input carried (old stats included). */
function rawStatistics(variant: ExperimentStatsBase): ExperimentStatsBase {
  const raw: Record<string, unknown> = {};
  for (const field of RAW_FIELDS) {
    if (variant[field] != null) raw[field] = variant[field];
  }
  return raw as ExperimentStatsBase;
}

/** A StatisticError means "skip this variant" (PostHog logs `experiment_statistics_skipped`). */
function orSkipped<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof StatisticError) return null;
    throw error;
  }
}

function variantResult(
  variant: ExperimentStatsBase,
  treatment: () => AnyStatistic,
  control: AnyStatistic | null,
  metricType: MetricType,
  config: ResolvedStatsConfig,
): ExperimentVariantResult {
  const failures = validationFailures(variant, metricType, false);
  const base = { ...rawStatistics(variant), validation_failures: failures };
  const testable = control !== null && failures.length === 0;
  if (config.method === 'bayesian') {
    const outcome = testable ? orSkipped(() => bayesianTest(treatment(), control, config)) : null;
    return {
      ...base,
      method: 'bayesian',
      significant: outcome?.significant ?? null,
      chance_to_win: outcome?.chanceToWin ?? null,
      credible_interval: outcome?.credibleInterval ?? null,
    };
  }
  const outcome = testable ? orSkipped(() => frequentistTest(treatment(), control, config)) : null;
  return {
    ...base,
    method: 'frequentist',
    significant: outcome?.significant ?? null,
    p_value: outcome?.pValue ?? null,
    confidence_interval: outcome?.confidenceInterval ?? null,
  };
}

/**
 * PostHog's `get_bayesian_experiment_result` / `get_frequentist_experiment_result` (results.md §2): gate
 * every variant, then compare each test variant with the baseline by the configured method. Variants
 * that fail a gate or raise a StatisticError keep their raw numbers and get null stats; so does every
 * variant when the baseline fails. CUPED (§2.7) is not applied.
 */
export function computeExperimentStatistics(
  input: ExperimentStatisticsInput,
): ExperimentStatistics {
  const { metricType } = input;
  const config = resolveStatsConfig(input.statsConfig);
  const baselineFailures = validationFailures(input.baseline, metricType, true);
  const control =
    baselineFailures.length === 0
      ? orSkipped(() => metricStatistic(metricType, input.baseline))
      : null;
  return {
    baseline: { ...rawStatistics(input.baseline), validation_failures: baselineFailures },
    variant_results: input.variants.map((variant) =>
      variantResult(
        variant,
        () => metricStatistic(metricType, variant),
        control,
        metricType,
        config,
      ),
    ),
  };
}
