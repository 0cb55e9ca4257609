import type { ExperimentQueryInput, ExperimentQueryResponse } from '@/shared';
import { baselineVariantKey, computeExperimentStatistics } from '@/shared/stats';
import { validationError } from '../http/problem';
import type { RequestContext } from '../services/context';
import { freshResponseFields, LEGACY_NULL_KEYS } from './cached-response';
import { loadExperimentSetup } from './experiment-setup';
import { metricSufficientStats } from './metrics/metric-stats';
import { ensureRegexpFunction } from './sql/regexp-function';

export type ExperimentQueryNode = Omit<ExperimentQueryInput, 'experiment_id'> & {
  experiment_id: number;
};

const MAX_BREAKDOWNS = 3;

/**
 * `ExperimentQuery`: the metric from the request, everything else from the stored experiment; per-variant
 * sufficient statistics from the events, then PostHog's statistics (stats_config's method, gates).
 * Breakdowns are not computed: the overall results are what PostHog aggregates them back to.
 */
export function runExperimentQuery(
  ctx: RequestContext,
  query: ExperimentQueryNode,
): ExperimentQueryResponse {
  const setup = loadExperimentSetup(ctx, query.experiment_id);
  const breakdowns = (query.metric.breakdownFilter as { breakdowns?: unknown[] } | undefined)
    ?.breakdowns;
  if (Array.isArray(breakdowns) && breakdowns.length > MAX_BREAKDOWNS) {
    throw validationError('Maximum of 3 breakdowns are supported for experiment metrics');
  }
  // PostHog gives a draft no analysis window; its own per-day results refuse drafts with these words.
  if (setup.start === null) throw validationError('Experiment has not been started yet');
  ensureRegexpFunction(ctx.db);
  const variants = metricSufficientStats(ctx, setup, query.metric);
  const baselineKey = baselineVariantKey(setup.statsConfig, setup.variants);
  const baseline = variants.find((v) => v.key === baselineKey);
  if (!baseline) throw validationError('No control variant found');
  const statistics = computeExperimentStatistics({
    metricType: query.metric.metric_type,
    baseline,
    variants: variants.filter((v) => v !== baseline),
    statsConfig: setup.statsConfig,
  });
  return {
    ...LEGACY_NULL_KEYS,
    kind: 'ExperimentQuery',
    baseline: statistics.baseline,
    variant_results: statistics.variant_results,
    breakdown_results: null,
    clickhouse_sql: null,
    hogql: null,
    is_precomputed: false,
    ...freshResponseFields(ctx, query),
  };
}
