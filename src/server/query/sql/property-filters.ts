import { validationError } from '../../http/problem';
import { join, list, raw, sql, type Sql, type SqlValue } from './fragment';
import { jsonPath } from './json-path';

/** A PostHog property filter as stored in metrics, exposure criteria and test-account filters. */
export interface PropertyFilterLike {
  key: string;
  value?: unknown;
  operator?: string | null;
  type?: string;
}

/**
 * PostHog's property filters (property_to_expr) on a JSON properties column, as a 0/1 expression. A missing
 * property fails a positive operator and passes a negative one (`is_not`, `not_icontains`, …), as
 * PostHog's ifNull wrapping does. Values compare as PostHog compares property text: 5, "5" and true/"true"
 * match their JSON counterparts.
 */
export function propertyPredicate(filter: PropertyFilterLike, column: Sql): Sql {
  // Inlined, not bound: SQLite matches an expression index only on the same text.
  const value = sql`json_extract(${column}, ${raw(`'${jsonPath(filter.key).replaceAll("'", "''")}'`)})`;
  const text = sql`CAST(${value} AS TEXT)`;
  const operator = filter.operator ?? 'exact';
  const build = OPERATORS[operator];
  if (!build) {
    throw validationError(
      `Property filter operator "${operator}" is not supported by this server.`,
      'properties',
    );
  }
  const { expr, missing } = build(filter.value, value, text);
  return sql`coalesce(${expr}, ${raw(missing ? '1' : '0')})`;
}

/** Filters that read person properties; everything else reads the event's. */
export const isPersonFilter = (filter: PropertyFilterLike) => filter.type === 'person';

/** Refuses the filter kinds this server cannot evaluate (cohorts, elements, sessions, groups, HogQL). */
export function assertSupportedFilter(filter: PropertyFilterLike): void {
  if (filter.type === undefined || filter.type === 'event' || filter.type === 'person') return;
  throw validationError(
    `Property filters of type "${filter.type}" are not supported by this server.`,
    'properties',
  );
}

type Build = (value: unknown, json: Sql, text: Sql) => { expr: Sql; missing: boolean };

const OPERATORS: Record<string, Build> = {
  exact: (v, json) => ({ expr: sql`${json} IN ${list(alternatives(v))}`, missing: false }),
  in: (v, json) => OPERATORS.exact!(v, json, json),
  is_not: (v, json) => ({ expr: sql`${json} NOT IN ${list(alternatives(v))}`, missing: true }),
  not_in: (v, json) => OPERATORS.is_not!(v, json, json),
  icontains: (v, _json, text) => ({ expr: contains(v, text), missing: false }),
  not_icontains: (v, _json, text) => ({ expr: sql`NOT (${contains(v, text)})`, missing: true }),
  regex: (v, _json, text) => ({ expr: regexMatch(v, text), missing: false }),
  not_regex: (v, _json, text) => ({ expr: sql`NOT (${regexMatch(v, text)})`, missing: true }),
  gt: (v, json) => ({ expr: sql`CAST(${json} AS REAL) > ${number(v)}`, missing: false }),
  gte: (v, json) => ({ expr: sql`CAST(${json} AS REAL) >= ${number(v)}`, missing: false }),
  lt: (v, json) => ({ expr: sql`CAST(${json} AS REAL) < ${number(v)}`, missing: false }),
  lte: (v, json) => ({ expr: sql`CAST(${json} AS REAL) <= ${number(v)}`, missing: false }),
  between: (v, json) => ({ expr: between(v, json), missing: false }),
  not_between: (v, json) => ({ expr: sql`NOT (${between(v, json)})`, missing: true }),
  is_set: (_v, json) => ({ expr: sql`${json} IS NOT NULL`, missing: false }),
  is_not_set: (_v, json) => ({ expr: sql`${json} IS NULL`, missing: true }),
};

/** What a filter value equals in SQLite: JSON true is 1, and PostHog compares numbers as text too. */
function alternatives(value: unknown): SqlValue[] {
  const values = Array.isArray(value) ? value : [value];
  const out = new Set<SqlValue>();
  for (const v of values) {
    if (typeof v === 'boolean' || v === 'true' || v === 'false') {
      const b = v === true || v === 'true';
      out.add(b ? 1 : 0).add(String(b));
    } else if (typeof v === 'number') {
      out.add(v).add(String(v));
    } else if (typeof v === 'string') {
      out.add(v);
      if (v.trim() !== '' && Number.isFinite(Number(v))) out.add(Number(v));
    } else if (v !== null && v !== undefined) {
      out.add(JSON.stringify(v));
    }
  }
  // An empty list matches nothing (NULL is never IN a list).
  return out.size > 0 ? [...out] : [null];
}

const contains = (value: unknown, text: Sql) =>
  sql`instr(lower(${text}), lower(${String(firstOf(value) ?? '')})) > 0`;

/**
 * A regex match. A pattern that is only literal text with `^` / `$` anchors ("ends with
 * @example.com", the usual test-account filter) becomes plain string comparison, same result without a
 * call into JavaScript per row; anything else uses the REGEXP function (regexp-function.ts).
 */
function regexMatch(value: unknown, text: Sql): Sql {
  const source = String(firstOf(value) ?? '');
  try {
    new RegExp(source);
  } catch (error) {
    throw validationError(`Invalid regular expression: ${(error as Error).message}`, 'properties');
  }
  const anchored = /^(\^?)((?:[^\\^$.|?*+()[\]{}]|\\[.^$|?*+()[\]{}\\/-])*)(\$?)$/.exec(source);
  if (!anchored) return sql`${text} REGEXP ${source}`;
  const [, start, body = '', end] = anchored;
  const literal = body.replace(/\\(.)/g, '$1');
  if (start && end) return sql`${text} = ${literal}`;
  if (literal === '') return sql`${text} IS NOT NULL`;
  if (start) return sql`substr(${text}, 1, length(${literal})) = ${literal}`;
  if (end) return sql`substr(${text}, -length(${literal})) = ${literal}`;
  return sql`instr(${text}, ${literal}) > 0`;
}

function number(value: unknown): number {
  const n = Number(firstOf(value));
  if (!Number.isFinite(n))
    throw validationError(`"${String(value)}" is not a number.`, 'properties');
  return n;
}

function between(value: unknown, json: Sql): Sql {
  if (!Array.isArray(value) || value.length !== 2) {
    throw validationError('A between filter needs two values.', 'properties');
  }
  return join(
    [
      sql`CAST(${json} AS REAL) >= ${number(value[0])}`,
      sql`CAST(${json} AS REAL) <= ${number(value[1])}`,
    ],
    ' AND ',
  );
}

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
