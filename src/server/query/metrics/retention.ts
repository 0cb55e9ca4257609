import type { ExperimentMetricInput, TimeUnit } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { sourceMatch } from '../sql/event-sources';
import { raw, sql, type Sql } from '../sql/fragment';
import { overPersonEvents } from './person-events';
import { runStatsStatement, streamed, toStatsBase, withExposures } from './sufficient-stats';
import { conversionWindowMs, UNIT_MS } from './time-window';

type RetentionMetric = Extract<ExperimentMetricInput, { metric_type: 'retention' }>;

/**
 * Retention metric (PostHog's RetentionQueryBuilder): only exposed people who did the start event after
 * exposure (within the conversion window) count; their start is the first or last such event. Value 1
 * when a different completion event falls in [start + window_start, start + window_end] (whole days or
 * hours for those units), else 0; the denominator is 1 per person, so Σd = Σd² = n and Σm·d = Σm.
 */
export function retentionStats(
  ctx: RequestContext,
  setup: ExperimentSetup,
  metric: RetentionMetric,
) {
  const conversionMs = conversionWindowMs(metric);
  const unit = metric.retention_window_unit;
  const windowEndMs = metric.retention_window_end * UNIT_MS[unit];
  const startTime = sql`m.timestamp >= x.first_ts AND m.timestamp < ${setup.windowEnd + conversionMs}
    ${conversionMs > 0 ? sql`AND m.timestamp <= x.first_ts + ${conversionMs}` : raw('')}`;
  const direction = metric.start_handling === 'last_seen' ? raw('DESC') : raw('ASC');
  const startId = overPersonEvents(
    ctx,
    sourceMatch(ctx, metric.start_event, 'm'),
    raw('m.id'),
    startTime,
    sql`ORDER BY m.timestamp ${direction}, m.id ${direction} LIMIT 1`,
  );
  // PostHog's join bound: the retention end plus, for day and hour, one unit of truncation slack.
  const slack = unit === 'day' || unit === 'hour' ? UNIT_MS[unit] : 0;
  const completion = overPersonEvents(
    ctx,
    sourceMatch(ctx, metric.completion_event, 'm'),
    raw('1'),
    sql`m.id <> x.start_id AND m.timestamp >= x.start_ts
      AND m.timestamp <= x.start_ts + ${windowEndMs + slack}
      AND m.timestamp < ${setup.windowEnd + conversionMs + windowEndMs}
      AND ${retentionWindow(metric, unit)}`,
    raw('LIMIT 1'),
  );
  const matured = setup.onlyCountMaturedUsers && windowEndMs > 0;
  const ctes = [
    streamed('starts', sql`SELECT x.person_id, x.variant, ${startId} AS start_id FROM exposures x`),
    streamed(
      'started',
      sql`SELECT s.person_id, s.variant, s.start_id, e.timestamp AS start_ts
        FROM starts s JOIN events e ON e.id = s.start_id
        ${matured ? sql`WHERE e.timestamp + ${windowEndMs} <= ${setup.now}` : raw('')}`,
    ),
    streamed(
      'per_person',
      sql`SELECT x.variant AS variant, ${completion} IS NOT NULL AS value FROM started x`,
    ),
  ];
  const select = sql`SELECT variant, COUNT(*) AS number_of_samples, TOTAL(value) AS sum,
      TOTAL(value) AS sum_squares, COUNT(*) AS denominator_sum, COUNT(*) AS denominator_sum_squares,
      TOTAL(value) AS numerator_denominator_sum_product
    FROM per_person GROUP BY variant`;
  // Retention maturity is anchored on the start event, not the exposure.
  const statement = withExposures(ctx, setup, 0, ctes, select);
  return runStatsStatement(ctx, statement).map((row) => toStatsBase(row));
}

/** [start + window_start, start + window_end] in the metric's unit; day and hour compare whole periods. */
function retentionWindow(metric: RetentionMetric, unit: TimeUnit): Sql {
  const { retention_window_start: from, retention_window_end: to } = metric;
  if (unit === 'day' || unit === 'hour') {
    const size = UNIT_MS[unit];
    const period = sql`(x.start_ts - x.start_ts % ${size})`;
    return sql`m.timestamp >= ${period} + ${from * size} AND m.timestamp < ${period} + ${(to + 1) * size}`;
  }
  if (unit === 'month') {
    return sql`m.timestamp >= ${addMonths(from)} AND m.timestamp <= ${addMonths(to)}`;
  }
  const size = UNIT_MS[unit];
  return sql`m.timestamp >= x.start_ts + ${from * size} AND m.timestamp <= x.start_ts + ${to * size}`;
}

/** Calendar months, as ClickHouse's toIntervalMonth adds them. */
const addMonths = (months: number): Sql =>
  sql`CAST(round(unixepoch(x.start_ts / 1000.0, 'unixepoch', ${`${months >= 0 ? '+' : ''}${months} months`}, 'subsec') * 1000) AS INTEGER)`;
