import type { ExperimentStatsBase } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { eventNameConstraint, type SourceMatch } from '../sql/event-sources';
import { join, or, raw, sql } from '../sql/fragment';
import { afterExposure } from './person-events';
import { withExposures } from './sufficient-stats';

interface StepEventRow {
  person_id: number;
  variant: string;
  /** Bit i set when the event matches step i + 1; null for a person without step events. */
  mask: number | null;
}

/**
 * Strict funnel: among the person's step events after exposure, in time order, each must be the next
 * step; the first out-of-order one ends the funnel where it stands (PostHog's funnel UDF keeps the
 * furthest step reached). Walks each exposed person's step events once.
 */
export function strictFunnelStats(
  ctx: RequestContext,
  setup: ExperimentSetup,
  steps: SourceMatch[],
  conversionMs: number,
): ExperimentStatsBase[] {
  const anyStep: SourceMatch = {
    events: steps.some((s) => s.events === null)
      ? null
      : [...new Set(steps.flatMap((s) => s.events as string[]))],
    predicate: or(steps.map((s) => s.predicate)),
  };
  const mask = join(
    steps.map((s, i) => sql`((${s.predicate}) << ${raw(String(i))})`),
    ' | ',
  );
  const statement = withExposures(
    ctx,
    setup,
    conversionMs,
    [],
    sql`SELECT x.person_id AS person_id, x.variant AS variant, ${mask} AS mask
      FROM exposures x LEFT JOIN events m INDEXED BY events_by_person
        ON m.team_id = ${ctx.teamId} AND ${eventNameConstraint(ctx, anyStep, 'm')}
        AND m.person_id = x.person_id AND ${afterExposure(setup, conversionMs)} AND ${anyStep.predicate}
      ORDER BY x.person_id, m.timestamp, m.id`,
  );
  const rows = ctx.db
    .prepare(statement.text)
    .iterate(...statement.params) as Iterable<StepEventRow>;
  const byVariant = new Map<string, { n: number; reached: number[] }>();
  let person: number | null = null;
  let variant = '';
  let reached = 0;
  let broken = false;
  const finish = () => {
    if (person === null) return;
    const totals = byVariant.get(variant) ?? { n: 0, reached: steps.map(() => 0) };
    totals.n += 1;
    for (let i = 0; i < reached; i++) totals.reached[i] = (totals.reached[i] ?? 0) + 1;
    byVariant.set(variant, totals);
  };
  for (const row of rows) {
    if (row.person_id !== person) {
      finish();
      person = row.person_id;
      variant = row.variant;
      reached = 0;
      broken = false;
    }
    if (row.mask === null || broken || reached === steps.length) continue;
    if (row.mask & (1 << reached)) reached += 1;
    else broken = true;
  }
  finish();
  return [...byVariant].map(([key, totals]) => {
    const completed = totals.reached[steps.length - 1] ?? 0;
    return {
      key,
      number_of_samples: totals.n,
      sum: completed,
      sum_squares: completed,
      step_counts: totals.reached,
    };
  });
}
