import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';
import { insertRow } from '../db/rows';

export const USER_ROLES = ['member', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface KeyOwner {
  userId: number;
  role: UserRole;
}

/** PostHog's personal API key format: `phx_` and a random token (32 bytes, URL-safe). */
export function newPersonalApiKey(): string {
  return `phx_${randomBytes(32).toString('base64url')}`;
}

/**
 * How a key is stored: its SHA-256, never the key (PostHog stores `sha256$<hex>` too). A key is 256 random
 * bits, so a fast hash is enough: nothing can be guessed from it.
 */
export function hashPersonalApiKey(key: string): string {
  return `sha256$${createHash('sha256').update(key).digest('hex')}`;
}

/** What a list may show of a key: its start and end, as PostHog's `mask_value` does. */
const maskOf = (key: string) => `${key.slice(0, 8)}...${key.slice(-4)}`;

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
}

export class UserExistsError extends Error {}

/** Adds a user with one personal API key; the key is returned once and only its hash is kept. */
export function addUser(db: Db, user: NewUser, now = new Date()): { userId: number; key: string } {
  const key = newPersonalApiKey();
  const [firstName = '', ...rest] = user.name.trim().split(/\s+/);
  const userId = db.transaction(() => {
    const taken = db.prepare('SELECT 1 FROM users WHERE lower(email) = lower(?)').get(user.email);
    if (taken) throw new UserExistsError(`A user with the email ${user.email} already exists.`);
    const id = insertRow(db, 'users', {
      uuid: randomUUID(),
      email: user.email,
      first_name: firstName,
      last_name: rest.join(' '),
      distinct_id: randomUUID(),
      role: user.role,
    });
    insertRow(db, 'personal_api_keys', {
      user_id: id,
      label: 'Experiment Console',
      mask_value: maskOf(key),
      secure_value: hashPersonalApiKey(key),
      created_at: now.toISOString(),
    });
    return id;
  })();
  return { userId, key };
}

/** Issues another key for an existing user (after a revoke, or a lost key); undefined for an unknown email. */
export function newKeyFor(db: Db, email: string, now = new Date()): string | undefined {
  const user = db.prepare('SELECT id FROM users WHERE lower(email) = lower(?)').get(email) as
    { id: number } | undefined;
  if (!user) return undefined;
  const key = newPersonalApiKey();
  insertRow(db, 'personal_api_keys', {
    user_id: user.id,
    label: 'Experiment Console',
    mask_value: maskOf(key),
    secure_value: hashPersonalApiKey(key),
    created_at: now.toISOString(),
  });
  return key;
}

/**
 * Deletes every key of a user: their API calls get 401 at once, and their console sessions end at their next
 * request (sign-in checks the key behind a session every time). Returns how many keys there were, or
 * undefined for an unknown email.
 */
export function revokeKeys(db: Db, email: string): number | undefined {
  const user = db.prepare('SELECT id FROM users WHERE lower(email) = lower(?)').get(email) as
    { id: number } | undefined;
  if (!user) return undefined;
  return db.prepare('DELETE FROM personal_api_keys WHERE user_id = ?').run(user.id).changes;
}

/** The user a key belongs to, or undefined for a key this server never issued. */
export function findKeyOwner(db: Db, key: string): KeyOwner | undefined {
  return ownerQuery(db).get(hashPersonalApiKey(key)) as KeyOwner | undefined;
}

/** Asked on every request of a signed-in person: prepared once per database, not per request. */
const ownerQueries = new WeakMap<Db, Statement>();
function ownerQuery(db: Db): Statement {
  let query = ownerQueries.get(db);
  if (!query) {
    query = db.prepare(
      `SELECT users.id AS userId, users.role AS role FROM personal_api_keys
       JOIN users ON users.id = personal_api_keys.user_id WHERE secure_value = ?`,
    );
    ownerQueries.set(db, query);
  }
  return query;
}

export interface ListedUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  keys: number;
}

export function listUsers(db: Db): ListedUser[] {
  return db
    .prepare(
      `SELECT users.id, users.email, trim(users.first_name || ' ' || users.last_name) AS name, users.role,
         (SELECT count(*) FROM personal_api_keys WHERE user_id = users.id) AS keys
       FROM users ORDER BY users.id`,
    )
    .all() as ListedUser[];
}
