import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { ensureBaseData } from './base';

/** Test helpers for the seed tests: a real SQLite file in a temp dir, and the app on top of it. */

export const SEED_NOW = new Date('2026-11-26T12:00:00.000Z');

export interface TempDatabase {
  db: Db;
  dir: string;
  file: string;
  close: () => void;
}

export function tempDatabase(options: { base?: boolean } = {}): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-console-seed-'));
  const file = join(dir, 'test.sqlite');
  const db = openDatabase(file);
  if (options.base !== false) ensureBaseData(db);
  return {
    db,
    dir,
    file,
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET through the real Hono app, as the browser would; throws on anything but 200. */
export async function getJson<T = unknown>(db: Db, path: string, now = SEED_NOW): Promise<T> {
  const app = createApp({
    db,
    now: () => now,
    logError: (e) => {
      throw e;
    },
  });
  const res = await app.request(`http://127.0.0.1${path}`);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Every row of a table, JSON columns parsed, so two databases can be compared with toEqual. */
export function dumpTable(db: Db, table: string, jsonColumns: readonly string[] = []) {
  const rows = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
  return rows.map((row) => {
    const copy = { ...row };
    for (const column of jsonColumns) {
      if (typeof copy[column] === 'string') copy[column] = JSON.parse(copy[column] as string);
    }
    return copy;
  });
}
