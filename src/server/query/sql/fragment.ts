/**
 * SQL text with its bound parameters, composed from pieces: every value from a request or the stored
 * experiment is a `?` parameter, never spliced into the text.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

export type SqlValue = string | number | bigint | null;

const isSql = (value: unknown): value is Sql =>
  typeof value === 'object' && value !== null && 'text' in value && 'params' in value;

/** `sql\`a = ${value} AND ${otherSql}\``: values become parameters, fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...values: (Sql | SqlValue)[]): Sql {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** Text written by this code (column names, operators), never by a request. */
export const raw = (text: string): Sql => ({ text, params: [] });

export function join(parts: readonly Sql[], separator: string): Sql {
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}

export const TRUE = raw('1');
export const FALSE = raw('0');

/** `((a) AND (b) …)`, TRUE for none; parenthesized whole, so it composes with any operator. */
export function and(parts: readonly Sql[]): Sql {
  const needed = parts.filter((part) => part !== TRUE);
  return needed.length === 0 ? TRUE : sql`(${join(needed.map(parenthesize), ' AND ')})`;
}

/** `((a) OR (b) …)`, FALSE for none. */
export const or = (parts: readonly Sql[]): Sql =>
  parts.length === 0 ? FALSE : sql`(${join(parts.map(parenthesize), ' OR ')})`;

const parenthesize = (part: Sql): Sql => sql`(${part})`;

/** `(?, ?, …)` for an IN list; callers never pass an empty list. */
export const list = (values: readonly SqlValue[]): Sql =>
  sql`(${join(
    values.map((v) => sql`${v}`),
    ', ',
  )})`;
