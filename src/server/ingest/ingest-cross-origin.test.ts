import { afterAll, describe, expect, it } from 'vitest';
import { createTestServer } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { createServerApp } from '../server-app';
import { storedEvents, TOKEN } from './ingest-test-utils';

// The served process (request guard in front): SDKs on other sites may send to the ingestion paths,
// while the console API keeps refusing cross-origin writes and foreign Host headers.

const server = createTestServer();
afterAll(() => server.close());
const app = createServerApp(
  { host: '127.0.0.1', port: 4400, allowedHosts: [] },
  { mode: 'embedded', db: server.db, apiKey: 'console-key' },
);
const SHOP = 'https://shop.example';
const call = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  app.request(`http://127.0.0.1:4400${path}`, {
    method,
    headers: { host: '127.0.0.1:4400', ...headers },
    body,
  });
const batch = JSON.stringify({ api_key: TOKEN, batch: [{ event: 'x', distinct_id: 'd' }] });

describe('ingestion from another origin', () => {
  it.each(['/batch/', '/e/', '/i/v0/e/', '/flags/?v=2', '/decide/'])(
    'answers the preflight of %s',
    async (path) => {
      const res = await call('OPTIONS', path, {
        origin: SHOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,traceparent,x-evil',
        'access-control-request-private-network': 'true',
      });
      expect(res.status).toBe(200);
      expect(Object.fromEntries(res.headers)).toMatchObject({
        'access-control-allow-origin': SHOP,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'X-Requested-With,Content-Type,traceparent',
        'access-control-allow-credentials': 'true',
        'access-control-allow-private-network': 'true',
      });
    },
  );

  it('stores a cross-site capture and answers with CORS headers', async () => {
    const res = await call(
      'POST',
      '/batch/',
      { origin: SHOP, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      batch,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(storedEvents(server.db)).toHaveLength(1);
  });

  it('answers errors with CORS headers too, so the page can read them', async () => {
    const res = await call(
      'POST',
      '/flags/?v=2',
      { origin: SHOP },
      JSON.stringify({ token: 'nope' }),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(SHOP);
  });

  it('needs no console key: the project token is the credential', async () => {
    const res = await call(
      'POST',
      '/flags/?v=2',
      { origin: SHOP },
      JSON.stringify({ token: TOKEN, distinct_id: 'd' }),
    );
    expect(res.status).toBe(200);
  });
});

describe('the console keeps its guard', () => {
  it('refuses a cross-origin write to the API', async () => {
    const before = dbHash(server.db);
    const res = await call(
      'POST',
      '/api/projects/1/experiments/',
      { origin: SHOP, authorization: 'Bearer console-key', 'content-type': 'application/json' },
      JSON.stringify({ name: 'x', feature_flag_key: 'x' }),
    );
    expect(res.status).toBe(403);
    expect(dbHash(server.db)).toBe(before);
  });

  it('refuses ingestion under a foreign Host (DNS rebinding)', async () => {
    const before = dbHash(server.db);
    const res = await call('POST', '/batch/', { host: 'attacker.example:4400' }, batch);
    expect(res.status).toBe(403);
    expect(dbHash(server.db)).toBe(before);
  });

  it('does not exempt look-alike paths', async () => {
    const res = await call('POST', '/batch/extra', { origin: SHOP }, batch);
    expect(res.status).toBe(403);
  });
});
