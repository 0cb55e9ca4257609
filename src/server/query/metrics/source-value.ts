import type { EventSource } from '@/shared';
import { validationError } from '../../http/problem';
import { raw, sql, type Sql } from '../sql/fragment';
import { jsonPath } from '../sql/json-path';

const CONTINUOUS = new Set(['sum', 'avg', 'min', 'max']);

/**
 * The per-person value of a metric source over its events `m` (PostHog's get_source_value_expr and
 * build_value_aggregation_expr): a count by default, the sum / average / min / max of `math_property`
 * (missing or non-numeric values count 0), distinct sessions, or 1 for any event (dau).
 */
export function sourceValueAggregate(source: EventSource): Sql {
  const math = source.math ?? 'total';
  if (math === 'hogql') {
    throw validationError('HogQL math is not supported by this server.', 'math');
  }
  if (
    source.math_property_type === 'session_properties' ||
    source.math_property === '$session_duration'
  ) {
    throw validationError(
      'Session property math is not supported by this server.',
      'math_property',
    );
  }
  const property = CONTINUOUS.has(math) ? source.math_property : null;
  // PostHog counts 1 per event when a property math has no property.
  const value = property
    ? sql`coalesce(CAST(json_extract(m.properties, ${jsonPath(property)}) AS REAL), 0)`
    : raw('1');
  switch (math) {
    case 'unique_session':
      return distinctNonEmpty('$session_id');
    case 'dau':
      return raw('min(COUNT(*), 1)');
    case 'unique_group':
      // Python: a group index of 0 is falsy, so PostHog counts "any event" then.
      return source.math_group_type_index
        ? distinctNonEmpty(`$group_${source.math_group_type_index}`)
        : raw('min(COUNT(*), 1)');
    case 'avg':
      return sql`coalesce(AVG(${value}), 0)`;
    case 'min':
      return sql`coalesce(MIN(${value}), 0)`;
    case 'max':
      return sql`coalesce(MAX(${value}), 0)`;
    default:
      return property ? sql`TOTAL(${value})` : raw('COUNT(*)');
  }
}

const distinctNonEmpty = (property: string) =>
  sql`COUNT(DISTINCT NULLIF(CAST(json_extract(m.properties, ${jsonPath(property)}) AS TEXT), ''))`;
