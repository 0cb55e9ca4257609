import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderDist, startServer, type ServerProcess } from './server-process';

// Crash safety: the real server process is killed with SIGKILL while a burst of writes is in flight, then
// restarted on the same files. The database must be intact, every write the server acknowledged with a
// 2xx must be there with the content it acknowledged, and no experiment may have lost its flag.

const EXPERIMENTS = '/api/projects/1/experiments/';
const CLIENTS = 8;
/** Acknowledged writes to wait for before pulling the plug (the burst goes on while it dies). */
const ACKS_BEFORE_KILL = 60;
/** Bounds: no client sends more than this, and the kill comes after this long whatever happened. */
const MAX_STEPS_PER_CLIENT = 500;
const KILL_AFTER_MS = 10_000;

interface Tracked {
  id: number;
  key: string;
  /** Name of the last acknowledged write. */
  acked: string;
  /** Name sent after the last acknowledgement, whose answer never came (it may or may not have committed). */
  inFlight: string | null;
  ackedPatches: number;
}

let dir: string;
let dataDir: string;
let distDir: string;
const servers: ServerProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'experiment-console-crash-'));
  dataDir = join(dir, 'data');
  distDir = placeholderDist(join(dir, 'dist'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function send(baseUrl: string, method: string, path: string, body: unknown) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/**
 * One client: creates an experiment, then renames it again and again, each request after the previous
 * answer, until a request fails (the server is gone).
 */
async function client(
  server: ServerProcess,
  round: number,
  n: number,
  tracked: Tracked[],
  onAck: () => void,
): Promise<{ unanswered: number; refused: string[] }> {
  const refused: string[] = [];
  let current: Tracked | null = null;
  let step = 0;
  while (step < MAX_STEPS_PER_CLIENT && refused.length === 0) {
    step += 1;
    // A new experiment every 4 writes, so creates (experiment + flag + activity) are part of the burst.
    const create = current === null || step % 4 === 0;
    const name = `crash r${round} c${n} s${step}`;
    if (!create && current) current.inFlight = name;
    try {
      if (create) {
        const key = `crash-r${round}-c${n}-s${step}`;
        const res = await send(server.baseUrl, 'POST', EXPERIMENTS, {
          name,
          feature_flag_key: key,
          parameters: {
            feature_flag_variants: [
              { key: 'control', split_percent: 50 },
              { key: 'test', split_percent: 50 },
            ],
          },
        });
        if (res.status !== 201) refused.push(`POST → ${res.status} ${JSON.stringify(res.body)}`);
        else {
          current = { id: res.body.id, key, acked: name, inFlight: null, ackedPatches: 0 };
          tracked.push(current);
          onAck();
        }
      } else if (current) {
        const res = await send(server.baseUrl, 'PATCH', `${EXPERIMENTS}${current.id}/`, {
          name,
          description: `written by ${name}`,
        });
        if (res.status !== 200) refused.push(`PATCH → ${res.status} ${JSON.stringify(res.body)}`);
        else {
          current.acked = name;
          current.inFlight = null;
          current.ackedPatches += 1;
          onAck();
        }
      }
    } catch {
      return { unanswered: 1, refused };
    }
  }
  return { unanswered: 0, refused };
}

async function burstThenKill(server: ServerProcess, round: number): Promise<Tracked[]> {
  const tracked: Tracked[] = [];
  let acks = 0;
  let killed: Promise<void> | null = null;
  const kill = () => (killed ??= server.kill('SIGKILL'));
  const deadline = setTimeout(kill, KILL_AFTER_MS);
  const onAck = () => {
    acks += 1;
    if (acks === ACKS_BEFORE_KILL) kill();
  };
  const results = await Promise.all(
    Array.from({ length: CLIENTS }, (_, n) => client(server, round, n, tracked, onAck)),
  );
  clearTimeout(deadline);
  await kill();
  expect(results.flatMap((r) => r.refused)).toEqual([]);
  // The kill must have landed mid-burst: some requests were sent and never answered.
  expect(results.reduce((sum, r) => sum + r.unanswered, 0)).toBeGreaterThan(0);
  expect(acks).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  return tracked;
}

function checkFiles(): void {
  const db = new Database(join(dataDir, 'experiment-console.sqlite'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const orphans = db
      .prepare(
        `SELECT e.id FROM experiments e LEFT JOIN feature_flags f ON f.id = e.feature_flag_id
         WHERE f.id IS NULL OR f.team_id <> e.team_id`,
      )
      .all();
    expect(orphans, 'experiments without their flag').toEqual([]);
    // Every experiment has its "created" entry: the log is written in the same transaction.
    const unlogged = db
      .prepare(
        `SELECT e.id FROM experiments e WHERE NOT EXISTS (SELECT 1 FROM activity_log a
           WHERE a.scope = 'Experiment' AND a.item_id = CAST(e.id AS TEXT) AND a.activity = 'created')`,
      )
      .all();
    expect(unlogged, 'experiments without a "created" activity entry').toEqual([]);
  } finally {
    db.close();
  }
}

async function checkAcknowledged(server: ServerProcess, tracked: Tracked[]): Promise<void> {
  for (const t of tracked) {
    const res = await send(server.baseUrl, 'GET', `${EXPERIMENTS}${t.id}/`, undefined);
    expect(res.status, `experiment ${t.id} (${t.acked}) was acknowledged`).toBe(200);
    expect(res.body.feature_flag_key).toBe(t.key);
    // The acknowledged name, or the one whose answer was cut off by the kill (committed, not yet sent).
    const allowed = [t.acked, ...(t.inFlight ? [t.inFlight] : [])];
    expect(allowed, `experiment ${t.id}`).toContain(res.body.name);
    expect(res.body.description ?? `written by ${t.acked}`).toBe(`written by ${res.body.name}`);
    const flag = await send(
      server.baseUrl,
      'GET',
      `/api/projects/1/feature_flags/${res.body.feature_flag.id}/`,
      undefined,
    );
    expect(flag.status).toBe(200);
    expect(flag.body.key).toBe(t.key);
    const activity = await send(
      server.baseUrl,
      'GET',
      `${EXPERIMENTS}${t.id}/activity/?limit=1000`,
      undefined,
    );
    const updates = (activity.body.results as { activity: string }[]).filter(
      (a) => a.activity === 'updated',
    ).length;
    expect(updates - t.ackedPatches, `activity of experiment ${t.id}`).toBeGreaterThanOrEqual(0);
    expect(updates - t.ackedPatches).toBeLessThanOrEqual(t.inFlight ? 1 : 0);
  }
}

describe('SIGKILL in the middle of a burst of writes', () => {
  it('loses no acknowledged write and leaves a sound database, twice in a row', async () => {
    const all: Tracked[] = [];
    for (const round of [1, 2]) {
      const server = await startServer({ dataDir, distDir });
      servers.push(server);
      all.push(...(await burstThenKill(server, round)));
      checkFiles();
      const restarted = await startServer({ dataDir, distDir });
      servers.push(restarted);
      // Everything acknowledged in this round and the ones before.
      await checkAcknowledged(restarted, all);
      await restarted.stop();
    }
  }, 60_000);
});
