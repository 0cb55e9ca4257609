import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Db } from '../db/connection';
import type { TestServer } from '@/testing/server-harness';

/** The demo project's api token (ensureBaseData). */
export const TOKEN = 'phc_demo_project_token';

export interface StoredEvent {
  uuid: string;
  event: string;
  distinct_id: string;
  person_id: number;
  timestamp: number;
  properties: Record<string, unknown>;
  flag_key: string | null;
  flag_response: string | null;
}

export function storedEvents(db: Db): StoredEvent[] {
  const rows = db
    .prepare(
      'SELECT uuid, event, distinct_id, person_id, timestamp, properties, flag_key, flag_response FROM events ORDER BY id',
    )
    .all() as (Omit<StoredEvent, 'properties'> & { properties: string })[];
  return rows.map((row) => ({ ...row, properties: JSON.parse(row.properties) }));
}

export const gzip = (value: unknown) => gzipSync(JSON.stringify(value));

/** A raw request and its parsed JSON answer. */
export async function send(
  server: TestServer,
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await server.raw(method, path, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export const postJson = (server: TestServer, path: string, value: unknown) =>
  send(server, 'POST', path, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  });

/** One event in the shape SDKs send. */
export const anEvent = (overrides: Record<string, unknown> = {}) => ({
  event: 'purchase',
  distinct_id: 'user-1',
  properties: { amount: 12 },
  ...overrides,
});

// PostHog's hash written out for the tests, independently of flag-hash.ts: sha1 of the text, its first 15
// hex digits over 2^60 - 1 (which rounds to 2^60 as a double, as in PostHog's SDKs).
// eslint-disable-next-line no-loss-of-precision
const LONG_SCALE = 0xfffffffffffffff;
export const posthogHash = (text: string) =>
  parseInt(createHash('sha1').update(text).digest('hex').slice(0, 15), 16) / LONG_SCALE;

/** An experiment flag's value for a person (control/test 50/50, one release group), from the hash. */
export function expectedExperimentValue(
  key: string,
  distinctId: string,
  rollout = 100,
  holdout?: { id: number; percentage: number },
): string | false {
  if (holdout && posthogHash(`holdout-${distinctId}`) <= holdout.percentage / 100) {
    return `holdout-${holdout.id}`;
  }
  if (posthogHash(`${key}.${distinctId}`) > rollout / 100) return false;
  return posthogHash(`${key}.${distinctId}variant`) < 0.5 ? 'control' : 'test';
}
