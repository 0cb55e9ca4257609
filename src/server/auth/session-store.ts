import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SessionSecret } from './session-secret';

export interface SessionProject {
  id: number;
  name: string;
}

export interface Session {
  id: string;
  /** The person's personal API key, decrypted for this request only. */
  key: string;
  /** PostHog mode: the project this person works in (each person switches their own). */
  project?: SessionProject;
}

export interface SessionLifetimes {
  idleMs: number;
  absoluteMs: number;
  /**
   * What the sessions sign in to ("embedded", or "posthog <host>"): a session made for one is no use to
   * another (a PostHog session carries its project), so a server started for another drops them.
   */
  scope?: string;
}

/** Why a cookie no longer signs anyone in, for the sentence the sign-in screen shows. */
export type SessionEnd = 'expired' | 'unknown';

/**
 * Writing last_seen_at on every request would make every read a write: once a minute (or a tenth of the idle
 * limit, if that is shorter) is precise enough.
 */
const MAX_TOUCH_EVERY_MS = 60_000;

/**
 * Sessions in their own SQLite file: they survive a restart, they never touch the experiments database
 * (whose change counter keys the page cache), and a backup of the data leaves them out. A row holds the
 * SHA-256 of the session id (the cookie's value is never stored) and the key sealed with SESSION_SECRET.
 */
export function openSessionStore(
  file: string,
  secret: SessionSecret,
  lifetimes: SessionLifetimes,
  now: () => number = () => Date.now(),
) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    sealed_key TEXT NOT NULL,
    sealed_for TEXT NOT NULL,
    project_id INTEGER,
    project_name TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  ) STRICT`);
  // A new SESSION_SECRET ends every session sealed with the old one (README: rotating the secret), and a
  // server started for another backend every session made for the previous one.
  const sealedFor = `${secret.fingerprint} ${lifetimes.scope ?? 'embedded'}`;
  db.prepare('DELETE FROM sessions WHERE sealed_for != ?').run(sealedFor);

  const insert = db.prepare(
    `INSERT INTO sessions (id_hash, sealed_key, sealed_for, project_id, project_name, created_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
  const setProject = db.prepare(
    'UPDATE sessions SET project_id = ?, project_name = ? WHERE id_hash = ?',
  );
  const removeStale = db.prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?');

  const touchEveryMs = Math.min(MAX_TOUCH_EVERY_MS, lifetimes.idleMs / 10);
  const isOver = (row: SessionRow, at: number) =>
    at - row.last_seen_at >= lifetimes.idleMs || at - row.created_at >= lifetimes.absoluteMs;

  return {
    lifetimes,

    /** A new session for this key; the id is the cookie's value, and nowhere else. */
    start(key: string, project?: SessionProject): string {
      const id = randomBytes(32).toString('base64url');
      const idHash = hashOf(id);
      const at = now();
      insert.run(
        idHash,
        secret.seal(key, idHash),
        sealedFor,
        project?.id ?? null,
        project?.name ?? null,
        at,
        at,
      );
      return id;
    },

    /** The live session a cookie names; an expired one is deleted and reported as such. */
    find(id: string): Session | SessionEnd {
      const idHash = hashOf(id);
      const row = select.get(idHash);
      if (!row) return 'unknown';
      const at = now();
      if (isOver(row, at)) {
        remove.run(idHash);
        return 'expired';
      }
      const key = secret.open(row.sealed_key, idHash);
      if (key === undefined) {
        remove.run(idHash);
        return 'unknown';
      }
      if (at - row.last_seen_at >= touchEveryMs) touch.run(at, idHash);
      const project =
        row.project_id === null ? undefined : { id: row.project_id, name: row.project_name ?? '' };
      return { id, key, project };
    },

    end(id: string): void {
      remove.run(hashOf(id));
    },

    setProject(id: string, project: SessionProject): void {
      setProject.run(project.id, project.name, hashOf(id));
    },

    /** Deletes every session past its idle or absolute limit (run at start and now and then). */
    sweep(): number {
      const at = now();
      return removeStale.run(at - lifetimes.idleMs, at - lifetimes.absoluteMs).changes;
    },

    /** How many sessions are stored (tests). */
    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
    },

    close(): void {
      db.close();
    },
  };
}

export type SessionStore = ReturnType<typeof openSessionStore>;

interface SessionRow {
  id_hash: string;
  sealed_key: string;
  project_id: number | null;
  project_name: string | null;
  created_at: number;
  last_seen_at: number;
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
