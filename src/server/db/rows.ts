import type { Db } from './connection';

/**
 * Generic row writing for tables whose columns are plain values or JSON: booleans become 0/1, objects and
 * arrays become JSON text. Column names come from code, never from a request.
 */
export function toSqlValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

export function insertRow(db: Db, table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const result = db.prepare(sql).run(...columns.map((c) => toSqlValue(values[c])));
  return Number(result.lastInsertRowid);
}

export function updateRow(
  db: Db,
  table: string,
  id: number | string,
  values: Record<string, unknown>,
): void {
  const columns = Object.keys(values);
  if (columns.length === 0) return;
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;
  db.prepare(sql).run(...columns.map((c) => toSqlValue(values[c])), id);
}

export function parseJson<T>(text: unknown, fallback: T): T {
  return typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
}
