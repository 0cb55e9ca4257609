import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@/server/app';
import { openDatabase, type Db } from '@/server/db/connection';
import { insertRow } from '@/server/db/rows';
import { ensureBaseData } from '@/server/seed/base';

export interface TestServer {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** A JSON request through the real Hono app; returns status and parsed body (null when empty). */
  // Tests read arbitrary response shapes; `any` keeps assertions short where zod would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  /** Raw request for malformed bodies. */
  raw: (method: string, path: string, init?: RequestInit) => Promise<Response>;
  /** What the app logged as a 500, newest last; a test may empty it. */
  errors: unknown[];
  close: () => void;
}

export const EXPERIMENTS = '/api/projects/@current/experiments/';

/** A real SQLite file in a fresh temp dir, the base project and users, and the app on top. */
export function createTestServer(
  options: { now?: () => Date; events?: string[] } = {},
): TestServer {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-console-test-'));
  const db = openDatabase(join(dir, 'test.sqlite'));
  ensureBaseData(db);
  for (const name of options.events ?? ['$pageview', 'purchase', 'signup', 'checkout_started']) {
    insertRow(db, 'event_definitions', {
      id: `evt-${name}`,
      team_id: 1,
      name,
      created_at: '2025-01-01T00:00:00.000Z',
    });
  }
  const errors: unknown[] = [];
  const app = createApp({ db, now: options.now, logError: (e) => errors.push(e) });
  const raw = (method: string, path: string, init: RequestInit = {}) =>
    Promise.resolve(app.request(`http://127.0.0.1${path}`, { method, ...init }));
  return {
    db,
    app,
    raw,
    errors,
    async request(method, path, body) {
      const res = await raw(method, path, {
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 500)
        throw new Error(`${method} ${path} → ${res.status}: ${text} ${String(errors[0])}`);
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
