import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { eventNameConstraint, type SourceMatch } from '../sql/event-sources';
import { raw, sql, type Sql } from '../sql/fragment';

/**
 * `(SELECT <select> FROM events m WHERE …)` over the events of the exposed person in the row `x` that
 * match the source: one seek into events_by_person (team_id, event, person_id, timestamp) per person, the
 * per-person aggregate of results.md §1.6 without a join or a sort.
 */
export function overPersonEvents(
  ctx: RequestContext,
  match: SourceMatch,
  select: Sql,
  time: Sql,
  orderAndLimit: Sql = raw(''),
): Sql {
  return sql`(SELECT ${select} FROM events m INDEXED BY events_by_person
    WHERE m.team_id = ${ctx.teamId} AND ${eventNameConstraint(ctx, match, 'm')}
      AND m.person_id = x.person_id AND ${time} AND ${match.predicate} ${orderAndLimit})`;
}

/**
 * PostHog's metric-event window: at or after the person's first exposure, before the analysis window's
 * end plus the conversion window, and within the conversion window of the exposure when there is one.
 */
export function afterExposure(setup: ExperimentSetup, conversionMs: number): Sql {
  const first = raw('x.first_ts');
  const inWindow = sql`m.timestamp >= ${first} AND m.timestamp < ${setup.windowEnd + conversionMs}`;
  return conversionMs > 0
    ? sql`${inWindow} AND m.timestamp < ${first} + ${conversionMs}`
    : inWindow;
}
