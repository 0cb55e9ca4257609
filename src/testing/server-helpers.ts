import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '@/server/db/connection';
import { EXPERIMENTS, type TestServer } from './server-harness';

/**
 * Helpers for the server tests: PostHog error bodies, a content hash of the whole database (a rejected
 * request must change nothing), and experiments put into each lifecycle state through the real API.
 */

export type ErrorBody = {
  type: string;
  code: string;
  detail: string;
  attr: string | null;
};

/** drf-exceptions-hog's body for a validation error. */
export const invalid = (detail: string, attr: string | null = null, code = 'invalid_input') =>
  ({ type: 'validation_error', code, detail, attr }) satisfies ErrorBody;

export const NOT_FOUND: ErrorBody = {
  type: 'invalid_request',
  code: 'not_found',
  detail: 'Not found.',
  attr: null,
};

export const PERMISSION_DENIED: ErrorBody = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: 'You do not have editor access to this resource.',
  attr: null,
};

export const methodNotAllowed = (method: string): ErrorBody => ({
  type: 'invalid_request',
  code: 'method_not_allowed',
  detail: `Method "${method}" not allowed.`,
  attr: null,
});

/** sha256 over every row of every table, in rowid order. */
export function dbHash(db: Db): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

/**
 * Sends a request that must be refused: asserts the exact status and body, and that the database content
 * is byte-for-byte what it was before.
 */
export async function expectRejected(
  server: TestServer,
  method: string,
  path: string,
  body: unknown,
  status: number,
  expected: ErrorBody | Record<string, unknown> | null,
): Promise<void> {
  const before = dbHash(server.db);
  const res = await server.request(method, path, body);
  expect({ status: res.status, body: res.body }).toEqual({ status, body: expected });
  expect(dbHash(server.db)).toBe(before);
}

/** Same, for a raw body (malformed JSON, huge payloads); the body is matched with `toMatchObject`. */
export async function expectRawRejected(
  server: TestServer,
  method: string,
  path: string,
  rawBody: string,
  status: number,
  expected: Partial<ErrorBody>,
): Promise<ErrorBody> {
  const before = dbHash(server.db);
  const res = await server.raw(method, path, {
    headers: { 'content-type': 'application/json' },
    body: rawBody,
  });
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body).toMatchObject(expected);
  expect(Object.keys(body).sort()).toEqual(['attr', 'code', 'detail', 'type']);
  expect(dbHash(server.db)).toBe(before);
  return body;
}

let keyCounter = 0;
/** A flag key no other test in the process has used. */
export function uniqueKey(prefix = 'exp'): string {
  keyCounter += 1;
  return `${prefix}-${keyCounter}`;
}

export const TWO_VARIANTS = [
  { key: 'control', split_percent: 50 },
  { key: 'test', split_percent: 50 },
];

/** A response body as tests read it (the harness's own `request` answers `any` for the same reason). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiBody = any;

/** POSTs a valid experiment (control/test 50/50 unless overridden) and returns the 201 body. */
export async function createExperiment(
  server: TestServer,
  overrides: Record<string, unknown> = {},
): Promise<ApiBody> {
  const key = uniqueKey();
  const res = await server.request('POST', EXPERIMENTS, {
    name: `Experiment ${key}`,
    feature_flag_key: key,
    parameters: { feature_flag_variants: TWO_VARIANTS },
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export const STATES = ['draft', 'running', 'paused', 'stopped', 'archived'] as const;
export type State = (typeof STATES)[number];

const STEPS: Record<State, string[]> = {
  draft: [],
  running: ['launch'],
  paused: ['launch', 'pause'],
  stopped: ['launch', 'end'],
  archived: ['launch', 'end', 'archive'],
};

/** A fresh experiment driven into `state` through the lifecycle endpoints. */
export async function experimentIn(
  server: TestServer,
  state: State,
  overrides: Record<string, unknown> = {},
): Promise<ApiBody> {
  let experiment = await createExperiment(server, overrides);
  for (const action of STEPS[state]) {
    const res = await server.request('POST', `${EXPERIMENTS}${experiment.id}/${action}/`);
    expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
    experiment = res.body;
  }
  return experiment;
}

/** A clock that moves one second per reading, so every write gets its own timestamp. */
export function steppingClock(startIso = '2025-06-01T12:00:00.000Z'): () => Date {
  let t = new Date(startIso).getTime();
  return () => {
    t += 1000;
    return new Date(t);
  };
}
