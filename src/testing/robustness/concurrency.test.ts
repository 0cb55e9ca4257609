import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderDist, startServer, type ServerProcess } from './server-process';

// Concurrency: several clients PATCH and drive the lifecycle of the same few experiments at once, over
// real HTTP against the real server. No 5xx, every acknowledged write is in the activity log exactly once
// and no refused one is, and the log read in commit order is one serial history: each entry starts from the
// state the previous one left, and it ends in the state the API returns.

const SEED = Number(process.env.CONCURRENCY_SEED ?? 7_2026);
const EXPERIMENTS = '/api/projects/1/experiments/';
const CLIENTS = 6;
const REQUESTS_PER_CLIENT = 60;
const TARGETS = 3;

const OPS = [
  'rename',
  'describe',
  'launch',
  'pause',
  'resume',
  'end',
  'archive',
  'unarchive',
  'reset',
] as const;
type Op = (typeof OPS)[number];
/** The activity each acknowledged operation must leave in the log. */
const ACTIVITY: Record<Op, string> = {
  rename: 'updated',
  describe: 'updated',
  launch: 'launched',
  pause: 'paused',
  resume: 'resumed',
  end: 'ended',
  archive: 'archived',
  unarchive: 'unarchived',
  reset: 'reset',
};

interface Outcome {
  client: number;
  target: number;
  op: Op;
  /** The unique name or description a PATCH sent. */
  value: string | null;
  status: number;
  body: Record<string, unknown>;
}

interface State {
  name: unknown;
  description: unknown;
  status: unknown;
  archived: unknown;
}
const stateOf = (b: Record<string, unknown>): State => ({
  name: b.name,
  description: b.description,
  status: b.status,
  archived: b.archived,
});

/** mulberry32: a small seeded PRNG, so a failing mix of requests replays exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
let server: ServerProcess;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'experiment-console-concurrency-'));
  server = await startServer({
    dataDir: join(dir, 'data'),
    distDir: placeholderDist(join(dir, 'dist')),
  });
  // Starting the real server process (tsx, migrations, the demo seed) takes seconds on a busy machine.
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function send(method: string, path: string, body?: unknown) {
  const res = await fetch(server.baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

async function runClient(client: number, targets: number[]): Promise<Outcome[]> {
  const random = prng(SEED * 31 + client);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
    const target = targets[Math.floor(random() * targets.length)] as number;
    // Renames are a third of the traffic: they are what "the last acknowledged write wins" is about.
    const op: Op =
      random() < 0.33 ? 'rename' : (OPS[1 + Math.floor(random() * (OPS.length - 1))] as Op);
    const value = op === 'rename' || op === 'describe' ? `c${client}-r${i}` : null;
    const path = `${EXPERIMENTS}${target}/`;
    const res =
      op === 'rename'
        ? await send('PATCH', path, { name: `Renamed ${value}` })
        : op === 'describe'
          ? await send('PATCH', path, { description: `Described ${value}` })
          : await send(
              'POST',
              `${path}${op}/`,
              op === 'end' ? { conclusion: 'won', conclusion_comment: `by c${client}` } : {},
            );
    outcomes.push({ client, target, op, value, status: res.status, body: res.body });
  }
  return outcomes;
}

interface LogEntry {
  id: number;
  item_id: string;
  activity: string;
  detail: string;
}

describe(`concurrent PATCHes and lifecycle actions (seed ${SEED})`, () => {
  it('answer without 5xx and leave one serial history in the activity log', async () => {
    const targets: number[] = [];
    for (let t = 0; t < TARGETS; t++) {
      const res = await send('POST', EXPERIMENTS, {
        name: `Contended ${t}`,
        feature_flag_key: `contended-${t}`,
        parameters: {
          feature_flag_variants: [
            { key: 'control', split_percent: 50 },
            { key: 'test', split_percent: 50 },
          ],
        },
      });
      expect(res.status).toBe(201);
      targets.push(res.body.id as number);
    }

    const outcomes = (
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => runClient(c, targets)))
    ).flat();
    const context = `(reproduce with CONCURRENCY_SEED=${SEED})`;

    // No 5xx; every refusal is a lifecycle rule with PostHog's error body.
    for (const o of outcomes) {
      expect(o.status, `${o.op} on ${o.target} ${context}`).toBeLessThan(500);
      if (o.status >= 400) {
        expect(o.status, JSON.stringify(o.body)).toBe(400);
        expect(Object.keys(o.body).sort()).toEqual(['attr', 'code', 'detail', 'type']);
        expect(['launch', 'pause', 'resume', 'end', 'archive', 'unarchive', 'reset']).toContain(
          o.op,
        );
      }
    }
    const acked = outcomes.filter((o) => o.status < 300);
    expect(acked.length, 'some writes must succeed').toBeGreaterThan(CLIENTS * 5);

    // The log as committed (ids are assigned in commit order: one writer at a time).
    const db = new Database(join(dir, 'data', 'experiment-console.sqlite'), { readonly: true });
    const log = db
      .prepare(
        `SELECT id, item_id, activity, detail FROM activity_log
         WHERE scope = 'Experiment' AND activity <> 'created' ORDER BY id`,
      )
      .all() as LogEntry[];
    db.close();

    for (const target of targets) {
      const mine = acked.filter((o) => o.target === target);
      const entries = log
        .filter((e) => e.item_id === String(target))
        .map((e) => ({
          activity: e.activity,
          changes: ((JSON.parse(e.detail) as { changes: unknown }).changes ?? []) as {
            field: keyof State | string;
            before: unknown;
            after: unknown;
          }[],
        }));

      // Exactly one entry per acknowledged write, none for a refused one.
      const count = (list: string[]) =>
        list.reduce<Record<string, number>>((m, a) => ({ ...m, [a]: (m[a] ?? 0) + 1 }), {});
      expect(count(entries.map((e) => e.activity)), `experiment ${target} ${context}`).toEqual(
        count(mine.map((o) => ACTIVITY[o.op])),
      );

      // Replay the log: each entry must start from the state the previous one left.
      let state: State = {
        name: `Contended ${targets.indexOf(target)}`,
        description: null,
        status: 'draft',
        archived: false,
      };
      const states: { activity: string; state: State }[] = [];
      for (const entry of entries) {
        const next: State = { ...state };
        for (const change of entry.changes) {
          if (!(change.field in state)) continue;
          const field = change.field as keyof State;
          expect(change.before, `${entry.activity} of ${target}: ${field} ${context}`).toEqual(
            state[field],
          );
          next[field] = change.after;
        }
        state = next;
        states.push({ activity: entry.activity, state });
      }

      // Each acknowledged answer is the state right after one entry of its kind.
      for (const o of mine) {
        const answered = stateOf(o.body);
        expect(
          states.some((s) => s.activity === ACTIVITY[o.op] && isEqual(s.state, answered)),
          `${o.op} by client ${o.client} answered ${JSON.stringify(answered)} ${context}`,
        ).toBe(true);
      }
      // Each acknowledged rename appears once; the final name is the last one in commit order.
      const renames = mine.filter((o) => o.op === 'rename').map((o) => `Renamed ${o.value}`);
      const loggedRenames = entries.flatMap((e) =>
        e.changes.filter((c) => c.field === 'name').map((c) => c.after),
      );
      expect([...loggedRenames].sort()).toEqual([...renames].sort());

      const final = await send('GET', `${EXPERIMENTS}${target}/`);
      expect(stateOf(final.body), `final state of ${target} ${context}`).toEqual(state);
      if (loggedRenames.length > 0) expect(final.body.name).toBe(loggedRenames.at(-1));
    }
  }, 30_000);
});

function isEqual(a: State, b: State): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
