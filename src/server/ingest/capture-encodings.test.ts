import LZString from 'lz-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { gzip, send, storedEvents, TOKEN } from './ingest-test-utils';

// Every capture path and every encoding the SDKs use (posthog-node: JSON or gzip with Content-Encoding;
// posthog-js: gzip-js bodies, base64 and lz64 forms, beacons, GET ?data=), each read back from the table.

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(() => server.close());

const properties = { token: TOKEN, note: 'café ☕', nested: { list: [1, 2] } };
const event = { event: 'signup', distinct_id: 'visitor-1', properties };
const json = (value: unknown) => JSON.stringify(value);
const base64 = (value: unknown) => Buffer.from(json(value), 'utf8').toString('base64');
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const TEXT = { 'content-type': 'text/plain' };

type Case = [string, string, string, { body?: BodyInit; headers?: Record<string, string> }];
const CASES: Case[] = [
  [
    'posthog-node batch, JSON',
    'POST',
    '/batch/',
    {
      headers: { 'content-type': 'application/json' },
      body: json({ api_key: TOKEN, batch: [event] }),
    },
  ],
  [
    'posthog-node batch, gzip with Content-Encoding',
    'POST',
    '/batch/',
    {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzip({ api_key: TOKEN, batch: [event] }),
    },
  ],
  [
    'posthog-js, gzip bytes with no marker',
    'POST',
    '/i/v0/e/?ip=0&ver=1.449.2',
    {
      headers: TEXT,
      body: gzip({ api_key: TOKEN, batch: [event], sent_at: new Date().toISOString() }),
    },
  ],
  [
    'posthog-js, ?compression=gzip-js',
    'POST',
    '/e/?compression=gzip-js',
    { headers: TEXT, body: gzip([event]) },
  ],
  [
    'posthog-js, plain JSON event',
    'POST',
    '/e/',
    { headers: { 'content-type': 'application/json' }, body: json(event) },
  ],
  [
    'posthog-js beacon, base64 form',
    'POST',
    '/capture/?compression=base64',
    { headers: FORM, body: form({ data: base64([event]) }) },
  ],
  [
    'beacon text body, data= base64',
    'POST',
    '/track/',
    { headers: TEXT, body: `data=${encodeURIComponent(base64(event))}` },
  ],
  [
    'lz64 form',
    'POST',
    '/e/?compression=lz64',
    { headers: FORM, body: form({ data: LZString.compressToBase64(json([event])) }) },
  ],
  [
    'lz64 named in the form',
    'POST',
    '/batch/',
    {
      headers: FORM,
      body: form({ data: LZString.compressToBase64(json(event)), compression: 'lz64' }),
    },
  ],
  ['GET ?data=', 'GET', `/e/?data=${encodeURIComponent(json(event))}`, {}],
  [
    'multipart form',
    'POST',
    '/e/',
    {
      body: (() => {
        const data = new FormData();
        data.set('data', json(event));
        return data;
      })(),
    },
  ],
  [
    'api_key in the form, event without token',
    'POST',
    '/e/',
    {
      headers: FORM,
      body: form({
        api_key: TOKEN,
        data: json({ ...event, properties: { note: 'café ☕', nested: { list: [1, 2] } } }),
      }),
    },
  ],
];

describe('capture stores what every encoding carries', () => {
  it.each(CASES)('%s', async (_name, method, path, init) => {
    const res = await send(server, method, path, init);
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: { status: 1 } });
    const [stored, ...rest] = storedEvents(server.db);
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ event: 'signup', distinct_id: 'visitor-1' });
    expect(stored?.properties).toMatchObject({ note: 'café ☕', nested: { list: [1, 2] } });
    expect(stored?.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/engage/ turns the payload into an $identify', async () => {
    const res = await send(server, 'POST', '/engage/', {
      headers: { 'content-type': 'application/json' },
      body: json({ $token: TOKEN, distinct_id: 'visitor-1', $set: { plan: 'pro' } }),
    });
    expect(res.status).toBe(200);
    expect(storedEvents(server.db).map((e) => e.event)).toEqual(['$identify']);
    const person = server.db.prepare('SELECT properties FROM persons').pluck().get();
    expect(JSON.parse(person as string)).toEqual({ plan: 'pro' });
  });

  it('accepts paths with and without the trailing slash', async () => {
    for (const path of ['/batch', '/e', '/i/v0/e', '/capture', '/track']) {
      const res = await send(server, 'POST', path, {
        headers: { 'content-type': 'application/json' },
        body: json({ api_key: TOKEN, batch: [{ ...event, properties: {} }] }),
      });
      expect(res.status, path).toBe(200);
    }
    expect(storedEvents(server.db)).toHaveLength(5);
  });
});
