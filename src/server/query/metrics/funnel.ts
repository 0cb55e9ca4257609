import type { ExperimentMetricInput } from '@/shared';
import { validationError } from '../../http/problem';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { sourceMatch, type SourceMatch } from '../sql/event-sources';
import { join, raw, sql, type Sql } from '../sql/fragment';
import { afterExposure, overPersonEvents } from './person-events';
import { strictFunnelStats } from './funnel-strict';
import { runStatsStatement, streamed, toStatsBase, withExposures } from './sufficient-stats';
import { conversionWindowMs } from './time-window';

export type FunnelMetric = Extract<ExperimentMetricInput, { metric_type: 'funnel' }>;

/**
 * Funnel metric (PostHog's FunnelQueryBuilder): the exposure is step 0; per person the number of steps
 * reached after it, within the conversion window of the exposure. `sum` = `sum_squares` = people who
 * reached every step; `step_counts[i]` = people who reached step i + 1.
 */
export function funnelStats(ctx: RequestContext, setup: ExperimentSetup, metric: FunnelMetric) {
  if (metric.series.length === 0) {
    throw validationError('A funnel metric needs at least one step.', 'series');
  }
  const steps = metric.series.map((step) => sourceMatch(ctx, step, 'm'));
  const conversionMs = conversionWindowMs(metric);
  if (metric.funnel_order_type === 'strict') {
    return strictFunnelStats(ctx, setup, steps, conversionMs);
  }
  const { ctes, select } =
    metric.funnel_order_type === 'unordered'
      ? unorderedSteps(ctx, setup, steps, conversionMs)
      : orderedSteps(ctx, setup, steps, conversionMs);
  const statement = withExposures(ctx, setup, conversionMs, ctes, select);
  return runStatsStatement(ctx, statement).map((row) => toStatsBase(row, steps.length));
}

/**
 * Ordered: step i is the person's first step-i event at or after step i − 1 (strictly after when the two
 * steps can match the same event), found by one index seek per person and step. Taking the earliest
 * each time reaches as far as any choice of events could.
 */
function orderedSteps(
  ctx: RequestContext,
  setup: ExperimentSetup,
  steps: SourceMatch[],
  conversionMs: number,
): { ctes: Sql[]; select: Sql } {
  const ctes = [
    streamed('f0', raw('SELECT person_id, variant, first_ts, first_ts AS t0 FROM exposures')),
  ];
  steps.forEach((step, i) => {
    const previous = raw(`x.t${i}`);
    const after = i > 0 && canShareEvents(step, steps[i - 1] as SourceMatch) ? raw('>') : raw('>=');
    const time = sql`m.timestamp ${after} ${previous} AND ${afterExposure(setup, conversionMs)}`;
    const next = overPersonEvents(ctx, step, raw('MIN(m.timestamp)'), time);
    ctes.push(
      streamed(
        `f${i + 1}`,
        sql`SELECT x.*, CASE WHEN ${previous} IS NULL THEN NULL ELSE ${next} END AS ${raw(`t${i + 1}`)}
          FROM ${raw(`f${i}`)} x`,
      ),
    );
  });
  const n = steps.length;
  const reached = steps.map((_, i) => raw(`COUNT(t${i + 1}) AS step_${i + 1}`));
  const select = sql`SELECT variant, COUNT(*) AS number_of_samples, COUNT(${raw(`t${n}`)}) AS sum,
      COUNT(${raw(`t${n}`)}) AS sum_squares, ${join(reached, ', ')}
    FROM ${raw(`f${n}`)} GROUP BY variant`;
  return { ctes, select };
}

/** Unordered: the number of distinct steps the person did after exposure, in any order. */
function unorderedSteps(
  ctx: RequestContext,
  setup: ExperimentSetup,
  steps: SourceMatch[],
  conversionMs: number,
): { ctes: Sql[]; select: Sql } {
  const done = steps.map(
    (step) =>
      sql`(${overPersonEvents(ctx, step, raw('MIN(m.timestamp)'), afterExposure(setup, conversionMs))} IS NOT NULL)`,
  );
  const n = steps.length;
  const reached = steps.map((_, i) => raw(`TOTAL(k >= ${i + 1}) AS step_${i + 1}`));
  return {
    ctes: [
      streamed(
        'per_person',
        sql`SELECT x.variant AS variant, ${join(done, ' + ')} AS k FROM exposures x`,
      ),
    ],
    select: sql`SELECT variant, COUNT(*) AS number_of_samples, TOTAL(k = ${n}) AS sum,
        TOTAL(k = ${n}) AS sum_squares, ${join(reached, ', ')}
      FROM per_person GROUP BY variant`,
  };
}

/** Whether one event could match both steps (then the later step must come strictly later). */
function canShareEvents(a: SourceMatch, b: SourceMatch): boolean {
  if (a.events === null || b.events === null) return true;
  return a.events.some((event) => (b.events as string[]).includes(event));
}
