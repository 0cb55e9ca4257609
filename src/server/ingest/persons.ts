import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';

/**
 * Persons as PostHog keeps them: every distinct id maps to one person, created on first sight; an
 * `$identify` (or alias) joins an anonymous id to the identified person. Call inside the request's
 * transaction.
 */

const personOf = (db: Db, teamId: number, distinctId: string) =>
  db
    .prepare('SELECT person_id FROM person_distinct_ids WHERE team_id = ? AND distinct_id = ?')
    .pluck()
    .get(teamId, distinctId) as number | undefined;

function addDistinctId(db: Db, teamId: number, distinctId: string, personId: number): void {
  db.prepare(
    'INSERT INTO person_distinct_ids (team_id, distinct_id, person_id) VALUES (?, ?, ?)',
  ).run(teamId, distinctId, personId);
}

function createPerson(db: Db, teamId: number, distinctId: string, nowIso: string): number {
  const id = Number(
    db
      .prepare('INSERT INTO persons (team_id, uuid, properties, created_at) VALUES (?, ?, ?, ?)')
      .run(teamId, randomUUID(), '{}', nowIso).lastInsertRowid,
  );
  addDistinctId(db, teamId, distinctId, id);
  return id;
}

/** The person a distinct id belongs to, created (with no properties) on first sight. */
export function resolvePerson(db: Db, teamId: number, distinctId: string, nowIso: string): number {
  return personOf(db, teamId, distinctId) ?? createPerson(db, teamId, distinctId, nowIso);
}

export function personProperties(db: Db, personId: number): Record<string, unknown> {
  const text = db.prepare('SELECT properties FROM persons WHERE id = ?').pluck().get(personId);
  return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** The stored properties of whoever this distinct id is ({} for a stranger); flags read them. */
export function propertiesOfDistinctId(db: Db, teamId: number, distinctId: string) {
  const personId = personOf(db, teamId, distinctId);
  return personId === undefined ? {} : personProperties(db, personId);
}

/**
 * Joins `otherId` to `distinctId`'s person (PostHog's $identify with `$anon_distinct_id`, `$create_alias`).
 * When both already are people, the other one is merged in: its distinct ids, its events (person_id is
 * stored on events, so they move too, as PostHog's person overrides would) and the properties the kept
 * person lacks. Returns the person.
 */
export function joinDistinctIds(
  db: Db,
  teamId: number,
  distinctId: string,
  otherId: string,
  nowIso: string,
): number {
  const kept = personOf(db, teamId, distinctId);
  const other = personOf(db, teamId, otherId);
  if (kept === undefined && other === undefined) {
    const id = createPerson(db, teamId, distinctId, nowIso);
    if (otherId !== distinctId) addDistinctId(db, teamId, otherId, id);
    return id;
  }
  if (kept === undefined) {
    addDistinctId(db, teamId, distinctId, other as number);
    return other as number;
  }
  if (other === undefined) addDistinctId(db, teamId, otherId, kept);
  else if (other !== kept) mergePerson(db, teamId, other, kept);
  return kept;
}

function mergePerson(db: Db, teamId: number, from: number, into: number): void {
  const properties = { ...personProperties(db, from), ...personProperties(db, into) };
  db.prepare('UPDATE persons SET properties = ? WHERE id = ?').run(
    JSON.stringify(properties),
    into,
  );
  db.prepare('UPDATE person_distinct_ids SET person_id = ? WHERE person_id = ?').run(into, from);
  db.prepare('UPDATE events SET person_id = ? WHERE team_id = ? AND person_id = ?').run(
    into,
    teamId,
    from,
  );
  db.prepare('DELETE FROM persons WHERE id = ?').run(from);
}

/** `$set` overwrites, `$set_once` fills only what is missing, `$unset` removes. */
export function updatePersonProperties(
  db: Db,
  personId: number,
  change: { set: Record<string, unknown>; setOnce: Record<string, unknown>; unset: string[] },
): void {
  if (
    Object.keys(change.set).length + Object.keys(change.setOnce).length + change.unset.length ===
    0
  ) {
    return;
  }
  const properties = { ...change.setOnce, ...personProperties(db, personId), ...change.set };
  for (const key of change.unset) delete properties[key];
  db.prepare('UPDATE persons SET properties = ? WHERE id = ?').run(
    JSON.stringify(properties),
    personId,
  );
}
