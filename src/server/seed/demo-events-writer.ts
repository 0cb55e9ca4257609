import type { Db } from '../db/connection';
import { DEMO_PROJECT_ID, demoUuid } from './base';

/** demoUuid kind for the demo's persons (seed-utils' UUID_KIND stops at 14). */
const PERSON_UUID_KIND = 21;

/** Writes the demo's persons and events with prepared statements (the caller holds the transaction). */
export interface EventWriter {
  /** A person known by these distinct ids; returns its row id. */
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
  readonly counts: { persons: number; events: number };
}

export function createEventWriter(db: Db, now: Date): EventWriter {
  const insertPerson = db.prepare(
    'INSERT INTO persons (team_id, uuid, properties, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertDistinctId = db.prepare(
    'INSERT INTO person_distinct_ids (team_id, distinct_id, person_id) VALUES (?, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (team_id, uuid, event, distinct_id, person_id, timestamp, properties, inserted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertedAt = now.toISOString();
  const counts = { persons: 0, events: 0 };
  return {
    counts,
    person(distinctIds, properties, createdAt) {
      // Uuids in insertion order: the unique index on them grows at its end, not all over.
      const id = Number(
        insertPerson.run(
          DEMO_PROJECT_ID,
          demoUuid(PERSON_UUID_KIND, counts.persons + 1),
          JSON.stringify(properties),
          new Date(createdAt).toISOString(),
        ).lastInsertRowid,
      );
      for (const distinctId of distinctIds) insertDistinctId.run(DEMO_PROJECT_ID, distinctId, id);
      counts.persons++;
      return id;
    },
    event(uuid, event, distinctId, personId, at, properties) {
      insertEvent.run(
        DEMO_PROJECT_ID,
        uuid,
        event,
        distinctId,
        personId,
        at,
        properties,
        insertedAt,
      );
      counts.events++;
    },
  };
}

/**
 * Runs a bulk load into empty tables with their indexes dropped, then builds them again from their own
 * stored definitions: building an index once is several times cheaper than growing it row by row, and
 * is what keeps the demo seed within a second. A table that already has rows keeps its indexes (so do
 * primary keys and UNIQUE columns, which cannot be dropped). Call it inside a transaction.
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
