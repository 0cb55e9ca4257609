import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS } from '@/testing/server-harness';
import { createServerApp } from './server-app';

// API answers go out gzipped to clients across a network that take it, unchanged to the others.
const server = createTestServer();
beforeAll(async () => {
  for (let i = 1; i <= 20; i++) {
    const created = await server.request('POST', EXPERIMENTS, {
      name: `Compressed checkout test ${i}`,
      feature_flag_key: `compressed-checkout-${i}`,
      description: 'A page of these is mostly the same words: it compresses well.',
    });
    expect(created.status).toBe(201);
  }
});
afterAll(() => server.close());
const app = createServerApp(
  { host: '127.0.0.1', port: 4998, allowedHosts: [] },
  { mode: 'embedded', db: server.db },
);
const list = (acceptEncoding?: string) =>
  app.request(`http://127.0.0.1:4998${EXPERIMENTS}?limit=20`, {
    headers: {
      host: '127.0.0.1:4998',
      ...(acceptEncoding && { 'accept-encoding': acceptEncoding }),
    },
  });

describe('API compression', () => {
  it('gzips a list for a client that takes gzip; the JSON is the same', async () => {
    const plain = await list();
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = await plain.text();
    expect(JSON.parse(body).results.length).toBeGreaterThan(0);

    const gzipped = await list('gzip, deflate, br');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toMatch(/Accept-Encoding/);
    const bytes = Buffer.from(await gzipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(body.length / 3);
    expect(gunzipSync(bytes).toString()).toBe(body);
  });

  it("keeps PostHog's error body readable, compressed or not", async () => {
    const res = await app.request(`http://127.0.0.1:4998${EXPERIMENTS}999999/`, {
      headers: { host: '127.0.0.1:4998', 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(404);
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = res.headers.get('content-encoding')
      ? gunzipSync(bytes).toString()
      : bytes.toString();
    expect(JSON.parse(text)).toMatchObject({ type: 'invalid_request', code: 'not_found' });
  });

  it('sends plain JSON to a client on loopback, where gzip would only cost CPU', async () => {
    const res = await app.request(
      `http://127.0.0.1:4998${EXPERIMENTS}?limit=20`,
      { headers: { host: '127.0.0.1:4998', 'accept-encoding': 'gzip' } },
      { incoming: { socket: { remoteAddress: '::ffff:127.0.0.1' } } },
    );
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.json()).results.length).toBeGreaterThan(0);
  });
});
