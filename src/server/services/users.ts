import type { UserBasic } from '@/shared';
import type { Db } from '../db/connection';

interface UserRow {
  id: number;
  uuid: string;
  email: string;
  first_name: string;
  last_name: string;
  distinct_id: string | null;
  role_at_organization: string | null;
}

export function getUserBasic(db: Db, id: number | null | undefined): UserBasic | null {
  if (id == null) return null;
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    uuid: row.uuid,
    distinct_id: row.distinct_id,
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    is_email_verified: true,
    hedgehog_config: null,
    role_at_organization: row.role_at_organization,
  };
}

/** A per-request cache: list pages name the same few creators over and over. */
export function userLookup(db: Db): (id: number | null | undefined) => UserBasic | null {
  const cache = new Map<number, UserBasic | null>();
  return (id) => {
    if (id == null) return null;
    if (!cache.has(id)) cache.set(id, getUserBasic(db, id));
    return cache.get(id) ?? null;
  };
}
