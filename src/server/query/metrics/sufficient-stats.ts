import type { ExperimentStatsBase } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { exposuresSelect } from '../sql/exposures';
import { join, raw, sql, type Sql } from '../sql/fragment';

/** One variant's row of a metric statement, named as PostHog's builders alias their columns. */
export interface StatsRow {
  variant: string;
  number_of_samples: number;
  sum: number;
  sum_squares: number;
  denominator_sum?: number;
  denominator_sum_squares?: number;
  numerator_denominator_sum_product?: number;
  /** Funnels: `step_1` … `step_n`, the people who reached each step. */
  [step: `step_${number}`]: number;
}

/**
 * `WITH exposures AS (…), <ctes> <select>`: every metric's statement, one pass from the exposure index
 * through the per-person values to the per-variant sums. `maturedBy` is how long a person must have
 * been exposed to count with `only_count_matured_users`.
 */
export function withExposures(
  ctx: RequestContext,
  setup: ExperimentSetup,
  maturedBy: number,
  ctes: readonly Sql[],
  select: Sql,
): Sql {
  const exposures = exposuresSelect(ctx, setup, {
    maturedBy: setup.onlyCountMaturedUsers ? maturedBy : 0,
  });
  const all = [sql`exposures AS (${exposures})`, ...ctes];
  return sql`WITH ${join(all, ',\n')}\n${select}`;
}

/**
 * A CTE of per-person values, streamed to the aggregate and never stored: `LIMIT -1` (no limit) keeps
 * SQLite from flattening it into the outer query, which would evaluate each per-person subquery once for
 * every use of its column instead of once.
 */
export const streamed = (name: string, select: Sql): Sql =>
  sql`${raw(name)} AS (${select} LIMIT -1)`;

export function runStatsStatement(ctx: RequestContext, statement: Sql): StatsRow[] {
  return ctx.db.prepare(statement.text).all(...statement.params) as StatsRow[];
}

/** The row as PostHog's ExperimentStatsBase (funnels get `step_counts`). */
export function toStatsBase(row: StatsRow, steps = 0): ExperimentStatsBase {
  const base: ExperimentStatsBase = {
    key: row.variant,
    number_of_samples: row.number_of_samples,
    sum: row.sum,
    sum_squares: row.sum_squares,
  };
  if (row.denominator_sum !== undefined) {
    base.denominator_sum = row.denominator_sum;
    base.denominator_sum_squares = row.denominator_sum_squares;
    base.numerator_denominator_sum_product = row.numerator_denominator_sum_product;
  }
  if (steps > 0) {
    base.step_counts = Array.from({ length: steps }, (_, i) => row[`step_${i + 1}`] ?? 0);
  }
  return base;
}
