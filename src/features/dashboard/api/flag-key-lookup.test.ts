// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import { FLAG_LIMIT, getFlagKeyMatches } from './flag-key-lookup';

let server: TestServer;

const create = async (name: string, key: string, launch = false) => {
  const res = await server.request('POST', EXPERIMENTS, {
    name,
    feature_flag_key: key,
    parameters: {
      feature_flag_variants: [
        { key: 'control', split_percent: 50 },
        { key: 'test', split_percent: 50 },
      ],
    },
  });
  expect(res.status).toBe(201);
  if (launch) await server.request('POST', `${EXPERIMENTS}${res.body.id}/launch/`);
  return res.body as { id: number; name: string };
};

const names = async (params: Parameters<typeof getFlagKeyMatches>[0]) =>
  (await getFlagKeyMatches(params, new AbortController().signal)).results.map((e) => e.name);

beforeEach(() => {
  server = createTestServer();
  // The client's own fetch, answered by the real embedded server in-process.
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    server.app.request(`http://127.0.0.1${String(input)}`, init),
  );
});
afterEach(() => server.close());

describe('experiments found by their flag key', () => {
  it('finds a pasted key (or part of one) without repeating the name matches', async () => {
    await create('Alpha banner', 'checkout-banner-v2');
    await create('Checkout copy', 'checkout-copy');
    await create('Gamma', 'gamma-flag');
    expect(await names({ search: 'checkout' })).toEqual(['Alpha banner']);
    expect(await names({ search: 'BANNER-V2' })).toEqual(['Alpha banner']);
    expect(await names({ search: 'no-such-key' })).toEqual([]);
  });

  it('keeps the view’s other filters (status) and lists a shared flag’s experiments once each', async () => {
    await create('Running one', 'shared-key', true);
    await create('Draft on the same flag', 'shared-key');
    expect(await names({ search: 'shared-key', status: 'draft' })).toEqual([
      'Draft on the same flag',
    ]);
    expect((await names({ search: 'shared-key' })).sort()).toEqual([
      'Draft on the same flag',
      'Running one',
    ]);
  });

  it('looks at a few flags and says when more matched', async () => {
    for (let i = 0; i <= FLAG_LIMIT; i += 1) await create(`Experiment ${i}`, `many-flags-${i}`);
    const matches = await getFlagKeyMatches({ search: 'many-flags' }, new AbortController().signal);
    expect(matches.results).toHaveLength(FLAG_LIMIT);
    expect(matches.moreFlags).toBe(true);
  });
});
