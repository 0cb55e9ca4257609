import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '@/server/db/rows';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  experimentIn,
  expectRejected,
  invalid,
  methodNotAllowed,
  steppingClock,
} from '@/testing/server-helpers';

// GET /api/projects/{id}/experiments/ — filters, order and pagination (contract §1.2).

let server: TestServer;
const ids: Record<string, number> = {};
let pricingFlagId: number;

beforeAll(async () => {
  // Every clock reading is one second later: created_at (and so the default order) is the creation order.
  server = createTestServer({ now: steppingClock('2025-06-01T00:00:00.000Z') });
  ids.alpha = (await experimentIn(server, 'draft', { name: 'Alpha checkout' })).id;
  const pricing = await experimentIn(server, 'running', { name: 'beta pricing' });
  ids.beta = pricing.id;
  pricingFlagId = pricing.feature_flag.id;
  ids.gamma = (await experimentIn(server, 'paused', { name: 'Gamma onboarding' })).id;
  ids.delta = (await experimentIn(server, 'stopped', { name: 'delta_search 100%' })).id;
  ids.epsilon = (await experimentIn(server, 'archived', { name: 'Epsilon archive' })).id;
  const zeta = await experimentIn(server, 'draft', { name: 'Zeta deleted' });
  ids.zeta = zeta.id;
  await server.request('PATCH', `${EXPERIMENTS}${zeta.id}/`, { deleted: true });
  // Someone else made Alpha.
  server.db.prepare('UPDATE experiments SET created_by_id = 2 WHERE id = ?').run(ids.alpha);
});
afterAll(() => server.close());

async function list(query: string): Promise<{ names: string[]; body: Record<string, unknown> }> {
  const res = await server.request('GET', `${EXPERIMENTS}?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { names: res.body.results.map((e: { name: string }) => e.name), body: res.body };
}
const VISIBLE = ['delta_search 100%', 'Gamma onboarding', 'beta pricing', 'Alpha checkout'];

describe('defaults', () => {
  it('newest first, without archived or deleted experiments, full objects', async () => {
    const { names, body } = await list('');
    expect(names).toEqual(VISIBLE);
    expect(body).toMatchObject({ count: 4, next: null, previous: null });
    const first = (body.results as Record<string, unknown>[])[0];
    expect(first).toMatchObject({
      feature_flag: expect.any(Object),
      metrics: [],
      status: 'stopped',
    });
  });

  it('works without the trailing slash and on the numeric project id', async () => {
    const a = await server.request('GET', '/api/projects/@current/experiments');
    const b = await server.request('GET', '/api/projects/1/experiments/');
    expect(a.body.results.map((e: { id: number }) => e.id)).toEqual(
      b.body.results.map((e: { id: number }) => e.id),
    );
    expect(a.body.count).toBe(4);
  });
});

describe('status', () => {
  it.each([
    ['draft', ['Alpha checkout']],
    ['running', ['beta pricing']],
    ['paused', ['Gamma onboarding']],
    ['stopped', ['delta_search 100%']],
    ['complete', ['delta_search 100%']],
    ['RUNNING', ['beta pricing']],
    ['Paused', ['Gamma onboarding']],
    ['all', VISIBLE],
    ['whatever', VISIBLE],
    ['', VISIBLE],
  ])('status=%s', async (status, expected) => {
    expect((await list(`status=${status}`)).names).toEqual(expected);
  });
});

describe('archived', () => {
  it.each([
    ['archived=true', ['Epsilon archive']],
    ['archived=true&status=stopped', ['Epsilon archive']],
    ['archived=true&status=running', []],
    ['archived=false', VISIBLE],
    ['archived=1', VISIBLE],
    ['archived=TRUE', VISIBLE],
  ])('%s', async (query, expected) => {
    expect((await list(query)).names).toEqual(expected);
  });
});

describe('created_by_id, feature_flag_id, search', () => {
  it('created_by_id filters by creator', async () => {
    expect((await list('created_by_id=2')).names).toEqual(['Alpha checkout']);
    expect((await list('created_by_id=1')).names).toEqual(VISIBLE.slice(0, 3));
    expect((await list('created_by_id=99')).names).toEqual([]);
  });

  it('feature_flag_id filters by flag', async () => {
    expect((await list(`feature_flag_id=${pricingFlagId}`)).names).toEqual(['beta pricing']);
  });

  it.each([
    ['feature_flag_id=abc', 'feature_flag_id must be an integer'],
    ['feature_flag_id=1.5', 'feature_flag_id must be an integer'],
    ['created_by_id=me', 'created_by_id must be an integer'],
  ])('%s is refused', async (query, detail) => {
    await expectRejected(server, 'GET', `${EXPERIMENTS}?${query}`, undefined, 400, invalid(detail));
  });

  it.each([
    ['CHECKOUT', ['Alpha checkout']],
    ['a', VISIBLE],
    ['100%', ['delta_search 100%']],
    ['%', ['delta_search 100%']],
    ['_', ['delta_search 100%']],
    ['nothing-like-this', []],
    ['Zeta', []],
  ])('search=%s (case-insensitive contains, % and _ literal)', async (term, expected) => {
    expect((await list(`search=${encodeURIComponent(term)}`)).names).toEqual(expected);
  });
});

describe('prompt_name', () => {
  it('filters by parameters.prompt_metadata.name', async () => {
    const local = createTestServer();
    try {
      const variants = [
        { key: 'control', split_percent: 50 },
        { key: 'test', split_percent: 50 },
      ];
      await createExperiment(local, {
        name: 'From a prompt',
        parameters: {
          feature_flag_variants: variants,
          prompt_metadata: { name: 'onboarding-copy' },
        },
      });
      await createExperiment(local, { name: 'Hand made' });
      const res = await local.request('GET', `${EXPERIMENTS}?prompt_name=onboarding-copy`);
      expect(res.body.results.map((e: { name: string }) => e.name)).toEqual(['From a prompt']);
      expect((await local.request('GET', `${EXPERIMENTS}?prompt_name=other`)).body.count).toBe(0);
    } finally {
      local.close();
    }
  });
});

describe('order', () => {
  it.each([
    ['created_at', [...VISIBLE].reverse()],
    ['-created_at', VISIBLE],
    ['updated_at', [...VISIBLE].reverse()],
    ['name', ['Alpha checkout', 'beta pricing', 'delta_search 100%', 'Gamma onboarding']],
    ['-name', ['Gamma onboarding', 'delta_search 100%', 'beta pricing', 'Alpha checkout']],
    ['status', ['Alpha checkout', 'beta pricing', 'Gamma onboarding', 'delta_search 100%']],
    ['-status', ['delta_search 100%', 'Gamma onboarding', 'beta pricing', 'Alpha checkout']],
  ])('order=%s', async (order, expected) => {
    expect((await list(`order=${order}`)).names).toEqual(expected);
  });

  it.each([
    ['start_date', ['beta pricing', 'Gamma onboarding', 'delta_search 100%']],
    ['-start_date', ['delta_search 100%', 'Gamma onboarding', 'beta pricing']],
  ])('order=%s sorts the launched ones by their start', async (order, expected) => {
    const { names } = await list(`order=${order}`);
    expect(names.filter((n) => n !== 'Alpha checkout')).toEqual(expected);
  });

  it.each(['bogus', '-bogus', 'id', 'feature_flag'])('order=%s is refused', async (order) => {
    await expectRejected(
      server,
      'GET',
      `${EXPERIMENTS}?order=${order}`,
      undefined,
      400,
      invalid(`Invalid order field: '${order}'`),
    );
  });

  it('order=duration: end minus start, or now minus start while running', async () => {
    const local = createTestServer({ now: () => new Date('2025-06-01T00:00:00Z') });
    try {
      const make = (name: string, start: string, end?: string) =>
        createExperiment(local, { name, start_date: start, ...(end ? { end_date: end } : {}) });
      await make('ten days', '2025-01-01T00:00:00Z', '2025-01-11T00:00:00Z');
      await make('two days', '2025-01-01T00:00:00Z', '2025-01-03T00:00:00Z');
      await make('running a month', '2025-05-01T00:00:00Z');
      const names = async (order: string) =>
        (await local.request('GET', `${EXPERIMENTS}?order=${order}`)).body.results.map(
          (e: { name: string }) => e.name,
        );
      expect(await names('duration')).toEqual(['two days', 'ten days', 'running a month']);
      expect(await names('-duration')).toEqual(['running a month', 'ten days', 'two days']);
    } finally {
      local.close();
    }
  });
});

describe('pagination (LimitOffset)', () => {
  it('limit and offset page through with absolute next/previous links', async () => {
    const first = await list('limit=2');
    expect(first.names).toEqual(VISIBLE.slice(0, 2));
    expect(first.body).toMatchObject({
      count: 4,
      next: 'http://127.0.0.1/api/projects/@current/experiments/?limit=2&offset=2',
      previous: null,
    });
    const second = await list('limit=2&offset=2');
    expect(second.names).toEqual(VISIBLE.slice(2));
    expect(second.body).toMatchObject({
      next: null,
      previous: 'http://127.0.0.1/api/projects/@current/experiments/?limit=2',
    });
    const middle = await list('limit=1&offset=2&status=all');
    expect(middle.body.next).toBe(
      'http://127.0.0.1/api/projects/@current/experiments/?limit=1&offset=3&status=all',
    );
    expect(middle.body.previous).toBe(
      'http://127.0.0.1/api/projects/@current/experiments/?limit=1&offset=1&status=all',
    );
  });

  it('an offset past the end gives no results but the count', async () => {
    const { names, body } = await list('offset=50');
    expect(names).toEqual([]);
    expect(body.count).toBe(4);
  });

  it.each(['limit=abc', 'limit=0', 'limit=-3', 'offset=-1&limit=x'])(
    '%s falls back to the defaults (DRF ignores a bad limit)',
    async (query) => {
      const { names } = await list(query);
      expect(names).toEqual(VISIBLE);
    },
  );

  it('the default page holds 100', async () => {
    const local = createTestServer({ now: steppingClock() });
    try {
      const flag = await createExperiment(local);
      const insert = local.db.transaction(() => {
        for (let i = 0; i < 104; i++) {
          insertRow(local.db, 'experiments', {
            team_id: 1,
            name: `Bulk ${i}`,
            feature_flag_id: flag.feature_flag.id,
            created_at: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
            updated_at: '2024-01-01T00:00:00.000Z',
          });
        }
      });
      insert();
      const res = await local.request('GET', EXPERIMENTS);
      expect(res.body.count).toBe(105);
      expect(res.body.results).toHaveLength(100);
      expect(res.body.next).toBe(
        'http://127.0.0.1/api/projects/@current/experiments/?limit=100&offset=100',
      );
    } finally {
      local.close();
    }
  });
});

describe('methods on the collection', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])('%s is a 405', async (method) => {
    await expectRejected(server, method, EXPERIMENTS, undefined, 405, methodNotAllowed(method));
  });

  it('DELETE on an experiment is a 405 with an empty body (hard delete is forbidden)', async () => {
    await expectRejected(server, 'DELETE', `${EXPERIMENTS}${ids.alpha}/`, undefined, 405, null);
    await expectRejected(server, 'DELETE', `${EXPERIMENTS}${ids.alpha}`, undefined, 405, null);
  });
});

describe('stats', () => {
  it('counts launches in the last and previous 30 days, running ones and recent completions', async () => {
    const local = createTestServer({ now: () => new Date('2025-06-30T00:00:00Z') });
    try {
      const make = (start?: string, end?: string) =>
        createExperiment(local, {
          ...(start ? { start_date: start } : {}),
          ...(end ? { end_date: end } : {}),
        });
      await make('2025-06-20T00:00:00Z');
      await make('2025-06-10T00:00:00Z', '2025-06-15T00:00:00Z');
      const paused = await make('2025-05-10T00:00:00Z');
      await local.request('POST', `${EXPERIMENTS}${paused.id}/pause/`);
      await make('2025-03-01T00:00:00Z', '2025-03-10T00:00:00Z');
      await make();
      const res = await local.request('GET', `${EXPERIMENTS}stats/`);
      expect(res).toEqual({
        status: 200,
        body: {
          launched_last_30d: 2,
          launched_previous_30d: 1,
          percent_change: 100,
          active_experiments: 1,
          completed_last_30d: 1,
        },
      });
    } finally {
      local.close();
    }
  });
});
