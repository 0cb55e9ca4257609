import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { CapturedEvent } from './captured-event';
import { joinDistinctIds, resolvePerson, updatePersonProperties } from './persons';

/** The distinct id an event joins to its own: `$identify`'s anonymous id, an alias's `alias`. */
function joinedId(event: CapturedEvent): string | null {
  const { properties } = event;
  const other =
    event.event === '$identify'
      ? properties.$anon_distinct_id
      : event.event === '$create_alias' || event.event === '$merge_dangerously'
        ? properties.alias
        : undefined;
  return typeof other === 'string' && other !== '' && other !== event.distinctId ? other : null;
}

/**
 * Stores captured events of one project, in the caller's transaction: an event whose uuid is already
 * stored is skipped whole (a retried batch stores nothing twice, person changes included); each event gets
 * its person (created on first sight, joined on `$identify`), person properties follow `$set`/`$set_once`
 * (unless the event opts out of person processing), and a new event name gets its event definition.
 * Returns how many events were stored.
 */
export function storeEvents(
  db: Db,
  teamId: number,
  events: readonly CapturedEvent[],
  now: Date,
): number {
  const nowIso = now.toISOString();
  const exists = db.prepare('SELECT 1 FROM events WHERE team_id = ? AND uuid = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO events (team_id, uuid, event, distinct_id, person_id, timestamp, properties, inserted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const defineEvent = db.prepare(
    `INSERT OR IGNORE INTO event_definitions (id, team_id, name, created_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  let stored = 0;
  const names = new Set<string>();
  for (const event of events) {
    if (exists.get(teamId, event.uuid)) continue;
    const other = joinedId(event);
    const personId = other
      ? joinDistinctIds(db, teamId, event.distinctId, other, nowIso)
      : resolvePerson(db, teamId, event.distinctId, nowIso);
    if (event.properties.$process_person_profile !== false) {
      updatePersonProperties(db, personId, event);
    }
    insert.run(
      teamId,
      event.uuid,
      event.event,
      event.distinctId,
      personId,
      event.timestamp,
      JSON.stringify(event.properties),
      nowIso,
    );
    names.add(event.event);
    stored += 1;
  }
  for (const name of names) defineEvent.run(randomUUID(), teamId, name, nowIso, nowIso);
  return stored;
}
