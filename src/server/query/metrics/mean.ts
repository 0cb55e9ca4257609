import type { ExperimentMetricInput } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { sourceMatch } from '../sql/event-sources';
import { sql, type Sql } from '../sql/fragment';
import { afterExposure, overPersonEvents } from './person-events';
import { sourceValueAggregate } from './source-value';
import { runStatsStatement, streamed, toStatsBase, withExposures } from './sufficient-stats';
import { conversionWindowMs } from './time-window';
import { winsorizedSums } from './winsorize';

export type MeanMetric = Extract<ExperimentMetricInput, { metric_type: 'mean' }>;

/**
 * Mean metric (PostHog's MeanQueryBuilder): per exposed person the source's value over their events
 * after exposure (0 without any), then per variant count, Σ and Σ². Winsorization clamps each value to
 * the percentiles of all values; a threshold turns each value into 0/1 (reached it or not).
 */
export function meanStats(ctx: RequestContext, setup: ExperimentSetup, metric: MeanMetric) {
  const conversionMs = conversionWindowMs(metric);
  const match = sourceMatch(ctx, metric.source, 'm');
  const value = overPersonEvents(
    ctx,
    match,
    sourceValueAggregate(metric.source),
    afterExposure(setup, conversionMs),
  );
  const select = sql`SELECT x.variant AS variant, ${value} AS value FROM exposures x`;
  const winsorized = metric.lower_bound_percentile != null || metric.upper_bound_percentile != null;
  // Winsorizing reads every value several times (percentiles, then the clamped sums): stored once.
  const perPerson = winsorized
    ? sql`per_person AS MATERIALIZED (${select})`
    : streamed('per_person', select);
  const { ctes, select: sumsSelect } = winsorized ? winsorizedSums(metric) : sums(metric);
  const statement = withExposures(ctx, setup, conversionMs, [perPerson, ...ctes], sumsSelect);
  return runStatsStatement(ctx, statement).map((row) => toStatsBase(row));
}

function sums(metric: MeanMetric): { ctes: Sql[]; select: Sql } {
  // PostHog applies the threshold only without winsorization.
  const value = metric.threshold != null ? sql`(value >= ${metric.threshold})` : sql`value`;
  const select = sql`SELECT variant, COUNT(*) AS number_of_samples, TOTAL(${value}) AS sum,
      TOTAL(${value} * ${value}) AS sum_squares
    FROM per_person GROUP BY variant`;
  return { ctes: [], select };
}
