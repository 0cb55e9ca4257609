import { afterAll, describe, expect, it, vi } from 'vitest';
import { countingBody } from '@/testing/robustness/counting-stream';
import { createTestServer, EXPERIMENTS } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { createServerApp } from '../server-app';
import { jsonNestsDeeperThan } from './json-body-guard';
import { MAX_API_BODY_BYTES, MAX_JSON_DEPTH } from './limits';

// Issue 16, findings 3, 4 and 9: every write to /api/, embedded or proxied, is bounded in size before it is
// read further, refused when it nests too deeply before anything parses it, and must say it is JSON.

const HOST = '127.0.0.1:4400';
const MB = 1024 * 1024;
const server = createTestServer();
afterAll(() => server.close());

const embedded = createServerApp(
  { host: '127.0.0.1', port: 4400, allowedHosts: [] },
  { mode: 'embedded', db: server.db },
);
const forwarded: string[] = [];
const proxied = createServerApp(
  { host: '127.0.0.1', port: 4400, allowedHosts: [] },
  {
    mode: 'posthog',
    upstream: {
      host: 'http://posthog.invalid',
      apiKey: 'phx_guard_test_key',
      timeoutMs: 2000,
      fetch: async (url) => {
        forwarded.push(String(url));
        return Response.json({ id: 9, name: 'Other project' });
      },
    },
    project: { id: 7, name: 'Web app' },
  },
);

type App = typeof embedded;
const send = (app: App, path: string, init: RequestInit & { duplex?: 'half' }) =>
  app.request(`http://${HOST}${path}`, {
    method: 'POST',
    ...init,
    headers: { host: HOST, 'content-type': 'application/json', ...init.headers },
  });

describe('a body larger than the limit is refused while it is read (finding 3)', () => {
  it.each([
    ['embedded: create an experiment', () => embedded, EXPERIMENTS],
    ['proxy: create an experiment', () => proxied, '/api/projects/@current/experiments/'],
    ['proxy: switch project', () => proxied, '/api/console/project'],
    ['proxy: experiment query', () => proxied, '/api/projects/@current/query/'],
  ])('%s: 413 after about 1 MB of a 64 MB body', async (_, app, path) => {
    forwarded.length = 0;
    const before = dbHash(server.db);
    const { body, pulled } = countingBody(64 * MB, 'x');
    const res = await send(app(), path, { body, duplex: 'half' });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'request_too_large',
      detail: 'Request body exceeds 1 MB.',
      attr: null,
    });
    expect(pulled()).toBeLessThan(MAX_API_BODY_BYTES + 256 * 1024);
    expect(forwarded).toEqual([]);
    expect(dbHash(server.db)).toBe(before);
  });

  it('a declared Content-Length over the limit is refused without reading anything', async () => {
    const { body, pulled } = countingBody(2 * MB);
    const res = await send(proxied, '/api/console/project', {
      body,
      duplex: 'half',
      headers: { 'content-length': String(2 * MB) },
    });
    expect(res.status).toBe(413);
    expect(pulled()).toBe(0);
  });
});

describe('deep JSON is refused before JSON.parse (finding 4)', () => {
  it('finds nesting in one pass, ignoring brackets inside strings', () => {
    expect(jsonNestsDeeperThan('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(
      false,
    );
    expect(jsonNestsDeeperThan('['.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(1000)}\\"[["}`)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":'.repeat(65) + '1' + '}'.repeat(65))).toBe(true);
  });

  it.each([
    ['embedded', () => embedded, EXPERIMENTS],
    ['embedded: PATCH', () => embedded, `${EXPERIMENTS}1/`],
    ['proxy', () => proxied, '/api/projects/@current/experiments/'],
    ['proxy: switch project', () => proxied, '/api/console/project'],
  ])('%s: a megabyte of "[" is a 400 and never parsed or forwarded', async (_, app, path) => {
    forwarded.length = 0;
    const parse = vi.spyOn(JSON, 'parse');
    const res = await send(app(), path, {
      method: path.endsWith('1/') ? 'PATCH' : 'POST',
      body: '['.repeat(MAX_API_BODY_BYTES - 1),
    });
    const calls = parse.mock.calls.length;
    parse.mockRestore();
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'parse_error',
      detail: `JSON parse error - nesting deeper than ${MAX_JSON_DEPTH} levels`,
      attr: null,
    });
    expect(calls).toBe(0);
    expect(forwarded).toEqual([]);
  });

  it('ingestion (its own 20 MB limit, as PostHog): 5 MB of "[" is a 400, never parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const res = await send(embedded, '/batch/', { body: '['.repeat(5 * MB) });
    const calls = parse.mock.calls.length;
    parse.mockRestore();
    expect(res.status).toBe(400);
    expect(calls).toBe(0);
  });

  it('20 MB of "[" is refused at once, without reading it', async () => {
    const { body, pulled } = countingBody(20 * MB);
    const started = performance.now();
    const res = await send(embedded, EXPERIMENTS, { body, duplex: 'half' });
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(2 * MB);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('a write must say it is JSON (finding 9)', () => {
  const experiment = JSON.stringify({ name: 'Typed', feature_flag_key: 'typed-key' });
  it.each([
    ['text/plain', experiment],
    ['text/plain; charset=utf-8', experiment],
    ['application/x-www-form-urlencoded', experiment],
    ['multipart/form-data; boundary=x', experiment],
    ['', experiment],
  ])('Content-Type "%s" is a 415 and writes nothing', async (type, body) => {
    for (const app of [embedded, proxied]) {
      forwarded.length = 0;
      const before = dbHash(server.db);
      const path = app === embedded ? EXPERIMENTS : '/api/projects/@current/experiments/';
      const res = await send(app, path, { body, headers: { 'content-type': type } });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({
        type: 'invalid_request',
        code: 'unsupported_media_type',
        detail: `Unsupported media type "${type}" in request.`,
        attr: null,
      });
      expect(dbHash(server.db)).toBe(before);
      expect(forwarded).toEqual([]);
    }
  });

  it('JSON with a charset is accepted, and so is an empty action body without a type', async () => {
    const created = await send(embedded, EXPERIMENTS, {
      body: experiment,
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const launched = await send(embedded, `${EXPERIMENTS}${id}/launch/`, {
      headers: { 'content-type': '' },
    });
    expect(launched.status).toBe(200);
  });
});
