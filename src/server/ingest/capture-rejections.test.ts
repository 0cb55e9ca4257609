import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { anEvent, send, TOKEN } from './ingest-test-utils';

// Bad capture requests get PostHog's answer (posthog/api/capture.py and get_data) and store nothing:
// the database is byte-for-byte what it was, persons and event definitions included.

let server: TestServer;
beforeAll(async () => {
  server = createTestServer();
  // Something stored already, so "nothing changed" is about more than an empty table.
  const res = await send(server, 'POST', '/batch/', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ api_key: TOKEN, batch: [anEvent()] }),
  });
  expect(res.status).toBe(200);
});
afterAll(() => server.close());

const problem = (status: number, type: string, code: string, detail: string) => ({
  status,
  body: { type, code, detail, attr: null },
});
const invalidPayload = (detail: string) =>
  problem(400, 'validation_error', 'invalid_payload', `Invalid payload: ${detail}`);
const KEY_HELP = 'You can find your project API key in PostHog project settings.';
const TOO_LARGE = problem(413, 'client_error', 'request_too_large', 'Request too large.');
const JSON_HEADERS = { 'content-type': 'application/json' };

async function expectRefused(
  init: { body?: BodyInit; headers?: Record<string, string> },
  expected: { status: number; body: Record<string, unknown> },
  path = '/batch/',
) {
  const before = dbHash(server.db);
  const res = await send(server, 'POST', path, init);
  expect({ status: res.status, body: res.body }).toEqual(expected);
  expect(dbHash(server.db)).toBe(before);
}

const batch = (events: unknown, extra: Record<string, unknown> = {}) => ({
  headers: JSON_HEADERS,
  body: JSON.stringify({ api_key: TOKEN, batch: events, ...extra }),
});

describe('capture refuses bad requests with PostHog answers and stores nothing', () => {
  it('an unknown token', () =>
    expectRefused(
      { headers: JSON_HEADERS, body: JSON.stringify({ api_key: 'phc_nope', batch: [anEvent()] }) },
      problem(
        401,
        'authentication_error',
        'invalid_api_key',
        `Project API key invalid. ${KEY_HELP}`,
      ),
    ));

  it('no token at all', () =>
    expectRefused(
      { headers: JSON_HEADERS, body: JSON.stringify({ batch: [anEvent()] }) },
      problem(401, 'authentication_error', 'missing_api_key', `API key not provided. ${KEY_HELP}`),
    ));

  it('a token of the wrong type', () =>
    expectRefused(
      { headers: JSON_HEADERS, body: JSON.stringify({ api_key: 12, batch: [anEvent()] }) },
      problem(
        401,
        'authentication_error',
        'invalid_api_key',
        `Project API key invalid. ${KEY_HELP}`,
      ),
    ));

  it('no data', () =>
    expectRefused(
      { headers: JSON_HEADERS, body: '' },
      problem(
        400,
        'validation_error',
        'no_data',
        'No data found. Make sure to use a POST request when sending the payload in the body of the request.',
      ),
    ));

  it('not JSON', async () => {
    const before = dbHash(server.db);
    const res = await send(server, 'POST', '/e/', { headers: JSON_HEADERS, body: '{"event": ' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: 'validation_error',
      code: 'invalid_payload',
      attr: null,
    });
    expect(res.body.detail).toMatch(/^Malformed request data: Invalid JSON: /);
    expect(dbHash(server.db)).toBe(before);
  });

  it('broken gzip', async () => {
    const broken = gzipSync(JSON.stringify({ api_key: TOKEN, batch: [anEvent()] })).subarray(0, 20);
    const before = dbHash(server.db);
    const res = await send(server, 'POST', '/batch/', {
      headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
      body: broken,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_payload' });
    expect(res.body.detail).toMatch(/^Malformed request data: Failed to decompress data\. /);
    expect(dbHash(server.db)).toBe(before);
  });

  it("gzip of posthog-js's literal 'undefined'", () =>
    expectRefused(
      { headers: { 'content-type': 'text/plain' }, body: 'undefined' },
      problem(
        400,
        'validation_error',
        'invalid_payload',
        "Malformed request data: data being loaded from the request body for decompression is the literal string 'undefined'",
      ),
      '/e/?compression=gzip-js',
    ));

  it('lz64 that does not decompress', () =>
    expectRefused(
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'data=%25%25%25' },
      problem(
        400,
        'validation_error',
        'invalid_payload',
        'Malformed request data: Failed to decompress data.',
      ),
      '/e/?compression=lz64',
    ));

  it('an event without a name', () =>
    expectRefused(
      batch([anEvent(), { distinct_id: 'u', properties: {} }]),
      invalidPayload('All events must have the event name field "event"!'),
    ));

  it('an event with an empty name', () =>
    expectRefused(
      batch([anEvent({ event: '' })]),
      invalidPayload('All events must have the event name field "event"!'),
    ));

  it('an event without a distinct id', () =>
    expectRefused(
      batch([anEvent(), { event: 'x', properties: {} }]),
      invalidPayload('All events must have the event field "distinct_id"!'),
    ));

  it('a blank distinct id', () =>
    expectRefused(
      batch([anEvent({ distinct_id: '' })]),
      invalidPayload('Event field "distinct_id" should not be blank!'),
    ));

  it('an invalid uuid', () =>
    expectRefused(
      batch([anEvent({ uuid: 'not-a-uuid' })]),
      invalidPayload('Event field "uuid" is not a valid UUID!'),
    ));

  it('properties that are not an object', () =>
    expectRefused(
      batch([anEvent({ properties: [1, 2] })]),
      invalidPayload('Properties must be a JSON object, received list!'),
    ));

  it('a non-numeric offset', () =>
    expectRefused(
      batch([anEvent({ properties: { offset: '10' } })]),
      invalidPayload('Event field "offset" must be numeric, received str!'),
    ));

  it('null events', () =>
    expectRefused(batch([anEvent(), null]), invalidPayload('some events are null')));

  it('events that are not objects', () =>
    expectRefused(
      batch([anEvent(), 'purchase']),
      invalidPayload("All events must be dictionaries not 'str'!"),
    ));

  it('an invalid sent_at', () =>
    expectRefused(
      batch([anEvent()], { sent_at: 'yesterday' }),
      problem(
        400,
        'validation_error',
        'invalid_payload',
        "Malformed request data, invalid sent at: Invalid isoformat string: 'yesterday'",
      ),
    ));

  it('JSON nested deeper than any event', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const before = dbHash(server.db);
    const res = await send(server, 'POST', '/batch/', {
      headers: JSON_HEADERS,
      body: `{"api_key":"${TOKEN}","batch":[{"event":"x","distinct_id":"u","properties":{"deep":${deep}}}]}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^Malformed request data: Invalid JSON: nesting deeper than/);
    expect(dbHash(server.db)).toBe(before);
  });

  it('a body over 20 MB', () =>
    expectRefused({ headers: JSON_HEADERS, body: ' '.repeat(20 * 1024 * 1024 + 1) }, TOO_LARGE));

  it('a small gzip that inflates past 20 MB', () =>
    expectRefused(
      {
        headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
        body: gzipSync(' '.repeat(21 * 1024 * 1024)),
      },
      TOO_LARGE,
    ));

  it('more events than one request may carry', () =>
    expectRefused(
      batch(Array.from({ length: 10_001 }, (_, i) => anEvent({ distinct_id: `u${i}` }))),
      TOO_LARGE,
    ));

  it('a method capture does not take', async () => {
    const res = await send(server, 'PUT', '/batch/', batch([anEvent()]));
    expect(res.status).toBe(405);
  });

  it('never answers a 5xx, whatever the body', async () => {
    const count = () => server.db.prepare('SELECT COUNT(*) FROM events').pluck().get();
    const before = count();
    const bodies: BodyInit[] = [
      'null',
      '[]',
      '{}',
      '0',
      '"text"',
      JSON.stringify({ api_key: TOKEN, batch: {} }),
      JSON.stringify({ api_key: TOKEN, batch: 'x' }),
      JSON.stringify({ api_key: TOKEN, batch: [{ event: 5, distinct_id: 'u' }] }),
      JSON.stringify({ api_key: TOKEN, batch: [{ event: 'x', distinct_id: {}, properties: {} }] }),
      JSON.stringify({
        api_key: TOKEN,
        batch: [{ event: 'x', distinct_id: 'u', timestamp: 'soon' }],
      }).replace('soon', 'x'),
      new Uint8Array([0x1f, 0x8b, 0, 1, 2, 3]),
      new Uint8Array([0xff, 0xfe, 0xfd]),
    ];
    for (const body of bodies) {
      const res = await send(server, 'POST', '/e/', { headers: JSON_HEADERS, body });
      expect(res.status, String(body)).toBeLessThan(500);
    }
    expect(server.errors).toEqual([]);
    // Only the one well-formed event (an unreadable timestamp becomes "now") was stored.
    expect(count()).toBe((before as number) + 1);
  });
});
