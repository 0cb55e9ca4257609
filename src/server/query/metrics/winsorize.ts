import { raw, sql, type Sql } from '../sql/fragment';
import type { MeanMetric } from './mean';

/**
 * PostHog's winsorized mean: each person's value clamped to [lower, upper], the
 * `quantileExact(level)` of every person's value (ClickHouse takes the sorted value at index
 * ⌊level·n⌋); the upper one over non-zero values with `ignore_zeros`. A bound left out clamps nothing.
 * Reads the mean statement's per_person CTE.
 */
export function winsorizedSums(metric: MeanMetric): { ctes: Sql[]; select: Sql } {
  const lower = metric.lower_bound_percentile;
  const upper = metric.upper_bound_percentile;
  const upperNonZero = upper != null && metric.ignore_zeros === true;
  return {
    ctes: [
      raw('value_counts AS (SELECT COUNT(*) AS n, TOTAL(value <> 0) AS nonzero FROM per_person)'),
      sql`bounds AS (SELECT ${lower == null ? raw('NULL') : quantile(lower, false)} AS lo,
        ${upper == null ? raw('NULL') : quantile(upper, upperNonZero)} AS hi)`,
    ],
    select: sql`SELECT variant, COUNT(*) AS number_of_samples, TOTAL(w) AS sum,
        TOTAL(w * w) AS sum_squares
      FROM (SELECT variant, min(max(value, coalesce(b.lo, -1e308)), coalesce(b.hi, 1e308)) AS w
        FROM per_person, bounds b)
      GROUP BY variant`,
  };
}

function quantile(level: number, nonZeroOnly: boolean): Sql {
  const count = raw(nonZeroOnly ? 'nonzero' : 'n');
  return sql`(SELECT value FROM per_person ${raw(nonZeroOnly ? 'WHERE value <> 0' : '')}
    ORDER BY value LIMIT 1
    OFFSET (SELECT min(CAST(${level} * ${count} AS INTEGER), ${count} - 1) FROM value_counts))`;
}
