import type { Db } from '../db/connection';
import { DEMO_PROJECT_ID, demoUuid } from './base';

/** demoUuid kind for the demo's persons (seed-utils' UUID_KIND stops at 14). */
const PERSON_UUID_KIND = 21;
/**
 * Rows per INSERT: one statement that writes 64 rows costs much less per row than 64 calls of a one-row
 * statement (each call crosses into SQLite, binds, steps and resets).
 */
const BATCH_ROWS = 64;

/**
 * Writes the demo's persons and events with prepared statements, many rows per statement (the caller
 * holds the transaction and calls `flush` at the end of the load).
 */
export interface EventWriter {
  /** A person known by these distinct ids; returns its row id (given here, so rows can wait in a batch). */
  person: (distinctIds: string[], properties: object, createdAt: number) => number;
  /** `properties` is the JSON text already: the generator builds it from parts it reuses. */
  event: (
    uuid: string,
    event: string,
    distinctId: string,
    personId: number,
    at: number,
    properties: string,
  ) => void;
  /** Writes the rows still waiting in a batch. */
  flush: () => void;
  readonly counts: { persons: number; events: number };
}

/** Rows wait in `values` (pushed value by value: no array per row), `added` after each row. */
interface Batch {
  values: unknown[];
  added: () => void;
  flush: () => void;
}

/**
 * An INSERT of `columns` that waits for BATCH_ROWS rows, then writes them with one statement; `after`
 * runs once they are in (to write the rows that refer to them).
 */
function batchedInsert(db: Db, table: string, columns: string[], after = () => {}): Batch {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const sql = (rows: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array<string>(rows).fill(row).join(', ')}`;
  const full = db.prepare(sql(BATCH_ROWS));
  const one = db.prepare(sql(1));
  const width = columns.length;
  const limit = BATCH_ROWS * width;
  const values: unknown[] = [];
  return {
    values,
    added() {
      if (values.length < limit) return;
      full.run(values);
      values.length = 0;
      after();
    },
    flush() {
      let i = 0;
      for (; i + limit <= values.length; i += limit) full.run(values.slice(i, i + limit));
      // The last few rows one by one: cheaper than preparing a statement of their own size each time.
      for (; i < values.length; i += width) one.run(values.slice(i, i + width));
      values.length = 0;
      after();
    },
  };
}

export function createEventWriter(db: Db, now: Date): EventWriter {
  // A distinct id refers to its person: they wait until their persons are in (no `added`, so their
  // batch never goes first), then go in with them.
  const distinctIds = batchedInsert(db, 'person_distinct_ids', [
    'team_id',
    'distinct_id',
    'person_id',
  ]);
  const persons = batchedInsert(
    db,
    'persons',
    ['id', 'team_id', 'uuid', 'properties', 'created_at'],
    () => distinctIds.flush(),
  );
  const events = batchedInsert(db, 'events', [
    'team_id',
    'uuid',
    'event',
    'distinct_id',
    'person_id',
    'timestamp',
    'properties',
    'inserted_at',
  ]);
  const firstId =
    1 + (db.prepare('SELECT IFNULL(MAX(id), 0) FROM persons').pluck().get() as number);
  const insertedAt = now.toISOString();
  const counts = { persons: 0, events: 0 };
  return {
    counts,
    person(ids, properties, createdAt) {
      const id = firstId + counts.persons;
      counts.persons++;
      // Uuids in insertion order: the unique index on them grows at its end, not all over.
      persons.values.push(
        id,
        DEMO_PROJECT_ID,
        demoUuid(PERSON_UUID_KIND, counts.persons),
        JSON.stringify(properties),
        new Date(createdAt).toISOString(),
      );
      for (const distinctId of ids) distinctIds.values.push(DEMO_PROJECT_ID, distinctId, id);
      persons.added();
      return id;
    },
    event(uuid, event, distinctId, personId, at, properties) {
      events.values.push(DEMO_PROJECT_ID, uuid, event, distinctId, personId, at, properties);
      events.values.push(insertedAt);
      events.added();
      counts.events++;
    },
    flush() {
      persons.flush();
      events.flush();
    },
  };
}

/**
 * Runs a bulk load into empty tables with their indexes dropped, then builds them again from their own
 * stored definitions: building an index once is several times cheaper than growing it row by row (the
 * demo's five take about 0.8 s for 363,000 events and 108,000 persons). A table that already has rows
 * keeps its indexes (so do primary keys and UNIQUE columns, which cannot be dropped). Call it inside a
 * transaction.
 */
export function withIndexesBuiltAfter<T>(db: Db, tables: string[], load: () => T): T {
  const indexes = tables
    .filter((table) => !db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get())
    .flatMap(
      (table) =>
        db
          .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
          )
          .all(table) as { name: string; sql: string }[],
    );
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  const result = load();
  for (const { sql } of indexes) db.exec(sql);
  return result;
}
