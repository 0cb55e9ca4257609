import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import { experimentIn, steppingClock, type ApiBody } from '@/testing/server-helpers';

// The list, its counts and retrieve are served from caches keyed by a change counter that triggers bump
// (services/experiments/list-cache.ts), and the status they filter on is a column triggers keep
// (migration 4). These tests warm the caches, write (through the API, or raw SQL as any other code might),
// and check the very next read sees the write. Real SQLite, the real app.

let server: TestServer;
beforeAll(() => {
  server = createTestServer({ now: steppingClock('2025-06-01T00:00:00.000Z') });
});
afterAll(() => server.close());

const FLAGS = '/api/projects/1/feature_flags/';

async function get(path: string): Promise<ApiBody> {
  const res = await server.request('GET', path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Ids listed and the count, for one status tab (the same request twice: the second is a cache hit). */
async function tab(status: string): Promise<{ ids: number[]; count: number }> {
  await get(`${EXPERIMENTS}?status=${status}&limit=500`);
  const body = await get(`${EXPERIMENTS}?status=${status}&limit=500`);
  return { ids: body.results.map((e: { id: number }) => e.id), count: body.count };
}

async function statusOf(id: number): Promise<string> {
  const listed = (await get(`${EXPERIMENTS}?limit=500`)).results.find(
    (e: { id: number }) => e.id === id,
  );
  return listed.status;
}

async function expectIn(id: number, status: 'running' | 'paused'): Promise<void> {
  const other = status === 'running' ? 'paused' : 'running';
  const [inTab, otherTab] = [await tab(status), await tab(other)];
  expect(inTab.ids).toContain(id);
  expect(otherTab.ids).not.toContain(id);
  expect(inTab.count).toBe(inTab.ids.length);
  expect(otherTab.count).toBe(otherTab.ids.length);
  expect(await statusOf(id)).toBe(status);
  expect((await get(`${EXPERIMENTS}${id}/`)).status).toBe(status);
}

describe('a flag toggle moves an experiment between the Running and Paused lists and counts', () => {
  it('PATCH feature_flags/{id}/ {active:false} and back', async () => {
    const running = await experimentIn(server, 'running', { name: 'Toggle by flag' });
    await expectIn(running.id, 'running');
    const before = { running: await tab('running'), paused: await tab('paused') };

    const off = await server.request('PATCH', `${FLAGS}${running.feature_flag.id}/`, {
      active: false,
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    await expectIn(running.id, 'paused');
    expect((await tab('running')).count).toBe(before.running.count - 1);
    expect((await tab('paused')).count).toBe(before.paused.count + 1);
    expect((await get(`${EXPERIMENTS}stats/`)).active_experiments).toBe(before.running.count - 1);

    const on = await server.request('PATCH', `${FLAGS}${running.feature_flag.id}/`, {
      active: true,
    });
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    await expectIn(running.id, 'running');
    expect((await tab('running')).count).toBe(before.running.count);
    expect((await tab('paused')).count).toBe(before.paused.count);
    expect((await get(`${EXPERIMENTS}stats/`)).active_experiments).toBe(before.running.count);
  });

  it('the pause and resume actions', async () => {
    const running = await experimentIn(server, 'running', { name: 'Toggle by action' });
    await expectIn(running.id, 'running');
    const paused = await server.request('POST', `${EXPERIMENTS}${running.id}/pause/`);
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    await expectIn(running.id, 'paused');
    const resumed = await server.request('POST', `${EXPERIMENTS}${running.id}/resume/`);
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    await expectIn(running.id, 'running');
  });

  it('a raw UPDATE of feature_flags.active, outside any service', async () => {
    const running = await experimentIn(server, 'running', { name: 'Toggle by SQL' });
    await expectIn(running.id, 'running');
    server.db
      .prepare('UPDATE feature_flags SET active = 0 WHERE id = ?')
      .run(running.feature_flag.id);
    await expectIn(running.id, 'paused');
    server.db
      .prepare('UPDATE feature_flags SET active = 1 WHERE id = ?')
      .run(running.feature_flag.id);
    await expectIn(running.id, 'running');
  });
});

describe('after any write, the next list, count and retrieve reflect it', () => {
  it('PATCH then list', async () => {
    const draft = await experimentIn(server, 'draft', { name: 'Before the patch' });
    await get(`${EXPERIMENTS}?search=patch`);
    expect((await get(`${EXPERIMENTS}?search=patch`)).count).toBe(1);
    const res = await server.request('PATCH', `${EXPERIMENTS}${draft.id}/`, {
      name: 'After the edit',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await get(`${EXPERIMENTS}?search=patch`)).count).toBe(0);
    const edited = await get(`${EXPERIMENTS}?search=after the edit`);
    expect(edited.results.map((e: { name: string }) => e.name)).toEqual(['After the edit']);
    expect((await get(`${EXPERIMENTS}`)).results[0].name).toBe('After the edit');
  });

  it('raw SQL updates of the experiment: name, dates (the stored status follows), archived', async () => {
    const e = await experimentIn(server, 'running', { name: 'Raw target' });
    await expectIn(e.id, 'running');
    server.db.prepare('UPDATE experiments SET name = ? WHERE id = ?').run('Raw renamed', e.id);
    expect((await get(`${EXPERIMENTS}${e.id}/`)).name).toBe('Raw renamed');
    expect((await get(`${EXPERIMENTS}?search=raw renamed`)).count).toBe(1);

    server.db
      .prepare('UPDATE experiments SET end_date = ? WHERE id = ?')
      .run('2025-06-02T00:00:00.000Z', e.id);
    expect((await tab('stopped')).ids).toContain(e.id);
    expect((await tab('running')).ids).not.toContain(e.id);
    expect(await statusOf(e.id)).toBe('stopped');

    server.db
      .prepare('UPDATE experiments SET start_date = NULL, end_date = NULL WHERE id = ?')
      .run(e.id);
    expect((await tab('draft')).ids).toContain(e.id);
    expect((await tab('stopped')).ids).not.toContain(e.id);

    server.db.prepare('UPDATE experiments SET archived = 1 WHERE id = ?').run(e.id);
    expect((await tab('draft')).ids).not.toContain(e.id);
    const archived = await get(`${EXPERIMENTS}?archived=true&limit=500`);
    expect(archived.results.map((x: { id: number }) => x.id)).toContain(e.id);
  });

  it('a write to what a response embeds (its creator)', async () => {
    const e = await experimentIn(server, 'draft', { name: 'Embeds a user' });
    await get(`${EXPERIMENTS}?search=embeds a user`);
    server.db.prepare('UPDATE users SET first_name = ? WHERE id = ?').run('Renamed', 1);
    const listed = (await get(`${EXPERIMENTS}?search=embeds a user`)).results[0];
    expect(listed.created_by.first_name).toBe('Renamed');
    expect((await get(`${EXPERIMENTS}${e.id}/`)).created_by.first_name).toBe('Renamed');
  });

  it('a stored status written directly is put right by its trigger', async () => {
    const e = await experimentIn(server, 'paused', { name: 'Status forced' });
    server.db.prepare("UPDATE experiments SET status = 'running' WHERE id = ?").run(e.id);
    const stored = server.db
      .prepare('SELECT status FROM experiments WHERE id = ?')
      .pluck()
      .get(e.id);
    expect(stored).toBe('paused');
  });

  it('every stored status matches the derived rule (contract §1.2) after all the writes above', () => {
    const wrong = server.db
      .prepare(
        `SELECT e.id, e.status FROM experiments e JOIN feature_flags f ON f.id = e.feature_flag_id
         WHERE e.status IS NOT (CASE
           WHEN e.start_date IS NOT NULL AND e.end_date IS NOT NULL THEN 'stopped'
           WHEN e.start_date IS NOT NULL AND f.active = 1 THEN 'running'
           WHEN e.start_date IS NOT NULL THEN 'paused'
           ELSE 'draft' END)`,
      )
      .all();
    expect(wrong).toEqual([]);
  });
});

describe('query plans', () => {
  const plan = (sql: string) =>
    (
      server.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({
        team: 1,
        status: 'running',
        limit: 50,
        offset: 0,
      }) as { detail: string }[]
    )
      .map((row) => row.detail)
      .join('\n');
  const LIVE = 'FROM experiments e WHERE e.team_id = :team AND e.deleted = 0 AND e.archived = 0';

  it('counts read an index only, with or without a status', () => {
    expect(plan(`SELECT COUNT(*) ${LIVE}`)).toMatch(/USING COVERING INDEX/);
    expect(plan(`SELECT COUNT(*) ${LIVE} AND e.status = :status`)).toMatch(
      /USING COVERING INDEX experiments_listing_status/,
    );
  });

  it('a search filters from an index alone (the name is in it), with or without a status', () => {
    const search = "instr(lower(e.name), lower('x')) > 0";
    expect(plan(`SELECT COUNT(*) ${LIVE} AND ${search}`)).toMatch(/USING COVERING INDEX/);
    expect(plan(`SELECT COUNT(*) ${LIVE} AND e.status = :status AND ${search}`)).toMatch(
      /USING COVERING INDEX experiments_listing_status/,
    );
  });

  it('the default page (newest first) and a status tab read their index in order, no sort', () => {
    const plain = plan(`SELECT e.* ${LIVE} ORDER BY e.created_at DESC, e.id DESC LIMIT :limit`);
    expect(plain).toMatch(/USING INDEX experiments_listing_named/);
    expect(plain).not.toMatch(/TEMP B-TREE/);
    const byStatus = plan(
      `SELECT e.* ${LIVE} AND e.status = :status ORDER BY e.created_at DESC, e.id DESC LIMIT :limit`,
    );
    expect(byStatus).toMatch(/USING INDEX experiments_listing_status/);
    expect(byStatus).not.toMatch(/TEMP B-TREE/);
  });
});
