import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  experimentIn,
  expectRejected,
  invalid,
  NOT_FOUND,
  steppingClock,
} from '@/testing/server-helpers';

// Every write records one activity entry with field-level before/after, in the same transaction as the
// write: a rejected write records none, and a failing log entry undoes the write.

let server: TestServer;
beforeAll(() => {
  server = createTestServer({ now: steppingClock('2025-06-01T00:00:00.000Z') });
});
afterAll(() => server.close());

interface Change {
  type: string;
  action: string;
  field: string;
  before: unknown;
  after: unknown;
}
interface Entry {
  activity: string;
  scope: string;
  item_id: string;
  user: { id: number } | null;
  detail: { name: string; changes: Change[] | null };
  created_at: string;
}

const activityOf = async (id: number): Promise<Entry[]> => {
  const res = await server.request('GET', `${EXPERIMENTS}${id}/activity/`);
  expect(res.status).toBe(200);
  return res.body.results;
};
const latest = async (id: number) => (await activityOf(id))[0] as Entry;
const changed = (field: string, before: unknown, after: unknown): Change => ({
  type: 'Experiment',
  action: 'changed',
  field,
  before,
  after,
});
const logRows = (scope: string, itemId: number) =>
  server.db
    .prepare(
      'SELECT activity, detail FROM activity_log WHERE scope = ? AND item_id = ? ORDER BY id',
    )
    .all(scope, String(itemId)) as { activity: string; detail: string }[];

describe('experiment writes', () => {
  it('create records "created" by the current user', async () => {
    const created = await createExperiment(server, { name: 'Logged' });
    const entries = await activityOf(created.id);
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        user: expect.objectContaining({ id: 1, email: 'alex@demo.example' }),
        activity: 'created',
        scope: 'Experiment',
        item_id: String(created.id),
        detail: { name: 'Logged', changes: null, type: null, short_id: null },
        created_at: expect.any(String),
      },
    ]);
  });

  it('PATCH records only the fields that changed, with before and after', async () => {
    const created = await createExperiment(server, { name: 'Before', description: 'same' });
    await server.request('PATCH', `${EXPERIMENTS}${created.id}/`, {
      name: 'After',
      description: 'same',
      conclusion_comment: 'note',
    });
    const entry = await latest(created.id);
    expect(entry.activity).toBe('updated');
    expect(entry.detail).toMatchObject({ name: 'After' });
    expect(entry.detail.changes).toEqual([
      changed('name', 'Before', 'After'),
      changed('conclusion_comment', null, 'note'),
    ]);
  });

  it('a metrics change carries the stored metrics and the ordering', async () => {
    const created = await createExperiment(server);
    const metric = {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      uuid: 'act-1',
      source: { kind: 'EventsNode', event: 'purchase' },
    };
    const res = await server.request('PATCH', `${EXPERIMENTS}${created.id}/`, {
      metrics: [metric],
    });
    const entry = await latest(created.id);
    expect(entry.detail.changes).toEqual([
      changed('metrics', [], res.body.metrics),
      changed('primary_metrics_ordered_uuids', null, ['act-1']),
    ]);
  });

  it('linking, moving and unlinking shared metrics records them by name and list', async () => {
    const saved = async (name: string, uuid: string) => {
      const res = await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
        name,
        query: {
          kind: 'ExperimentMetric',
          metric_type: 'mean',
          uuid,
          source: { kind: 'EventsNode', event: 'purchase' },
        },
      });
      expect(res.status).toBe(201);
      return res.body.id as number;
    };
    const revenue = await saved('Activity revenue', 'act-shared-1');
    const churn = await saved('Activity churn', 'act-shared-2');
    const created = await createExperiment(server, {
      saved_metrics_ids: [{ id: revenue, metadata: { type: 'primary' } }],
    });
    const link = (ids: [number, 'primary' | 'secondary'][]) =>
      server.request('PATCH', `${EXPERIMENTS}${created.id}/`, {
        saved_metrics_ids: ids.map(([id, type]) => ({ id, metadata: { type } })),
      });

    await link([
      [revenue, 'secondary'],
      [churn, 'primary'],
    ]);
    const moved = (await latest(created.id)).detail.changes?.find(
      (c) => c.field === 'saved_metrics',
    );
    expect(moved).toEqual(
      changed(
        'saved_metrics',
        [{ id: revenue, name: 'Activity revenue', type: 'primary' }],
        [
          { id: revenue, name: 'Activity revenue', type: 'secondary' },
          { id: churn, name: 'Activity churn', type: 'primary' },
        ],
      ),
    );

    // The same links again change nothing, so nothing about shared metrics is logged.
    await link([
      [churn, 'primary'],
      [revenue, 'secondary'],
    ]);
    const again = (await latest(created.id)).detail.changes ?? [];
    expect(again.some((c) => c.field === 'saved_metrics')).toBe(false);
  });

  it('launch, pause, resume, end, archive, unarchive, reset each record their change', async () => {
    const e = await createExperiment(server);
    const post = (action: string, body?: unknown) =>
      server.request('POST', `${EXPERIMENTS}${e.id}/${action}/`, body);

    const launched = (await post('launch')).body;
    expect(await latest(e.id)).toMatchObject({
      activity: 'launched',
      detail: {
        changes: [
          changed('start_date', null, launched.start_date),
          changed('status', 'draft', 'running'),
          changed('feature_flag_active', false, true),
        ],
      },
    });

    await post('pause');
    expect(await latest(e.id)).toMatchObject({
      activity: 'paused',
      detail: {
        changes: [
          changed('status', 'running', 'paused'),
          changed('feature_flag_active', true, false),
        ],
      },
    });

    await post('resume');
    expect(await latest(e.id)).toMatchObject({
      activity: 'resumed',
      detail: {
        changes: [
          changed('status', 'paused', 'running'),
          changed('feature_flag_active', false, true),
        ],
      },
    });

    const ended = (await post('end', { conclusion: 'lost', conclusion_comment: 'No lift' })).body;
    expect(await latest(e.id)).toMatchObject({
      activity: 'ended',
      detail: {
        changes: [
          changed('end_date', null, ended.end_date),
          changed('conclusion', null, 'lost'),
          changed('conclusion_comment', null, 'No lift'),
          changed('status', 'running', 'stopped'),
        ],
      },
    });

    await post('archive');
    expect(await latest(e.id)).toMatchObject({
      activity: 'archived',
      detail: { changes: [changed('archived', false, true)] },
    });
    await post('unarchive');
    expect(await latest(e.id)).toMatchObject({
      activity: 'unarchived',
      detail: { changes: [changed('archived', true, false)] },
    });

    await post('reset');
    expect(await latest(e.id)).toMatchObject({
      activity: 'reset',
      detail: {
        changes: [
          changed('start_date', launched.start_date, null),
          changed('end_date', ended.end_date, null),
          changed('conclusion', 'lost', null),
          changed('conclusion_comment', 'No lift', null),
          changed('status', 'stopped', 'draft'),
        ],
      },
    });

    expect((await activityOf(e.id)).map((a) => a.activity)).toEqual([
      'reset',
      'unarchived',
      'archived',
      'ended',
      'resumed',
      'paused',
      'launched',
      'created',
    ]);
  });

  it('ship_variant records the flag variants it rewrote', async () => {
    const running = await experimentIn(server, 'running');
    await server.request('POST', `${EXPERIMENTS}${running.id}/ship_variant/`, {
      variant_key: 'test',
    });
    const entry = await latest(running.id);
    expect(entry.activity).toBe('variant_shipped');
    expect(entry.detail.changes).toContainEqual(
      changed(
        'feature_flag_variants',
        [
          { key: 'control', rollout_percentage: 50 },
          { key: 'test', rollout_percentage: 50 },
        ],
        [
          { key: 'control', rollout_percentage: 0 },
          { key: 'test', rollout_percentage: 100 },
        ],
      ),
    );
    expect(entry.detail.changes).toContainEqual(changed('status', 'running', 'stopped'));
  });

  it('duplicate records "created" on the copy, naming the original', async () => {
    const original = await createExperiment(server);
    const copy = await server.request('POST', `${EXPERIMENTS}${original.id}/duplicate/`, {});
    expect(await activityOf(copy.body.id)).toMatchObject([
      {
        activity: 'created',
        detail: {
          changes: [
            {
              type: 'Experiment',
              action: 'created',
              field: 'duplicated_from',
              before: null,
              after: original.id,
            },
          ],
        },
      },
    ]);
  });

  it('soft delete and restore are "deleted" and "restored"', async () => {
    const created = await createExperiment(server);
    await server.request('PATCH', `${EXPERIMENTS}${created.id}/`, { deleted: true });
    await expectRejected(
      server,
      'GET',
      `${EXPERIMENTS}${created.id}/activity/`,
      undefined,
      404,
      NOT_FOUND,
    );
    await server.request('PATCH', `${EXPERIMENTS}${created.id}/`, { deleted: false });
    const entries = await activityOf(created.id);
    expect(entries.slice(0, 2)).toMatchObject([
      { activity: 'restored', detail: { changes: [changed('deleted', true, false)] } },
      { activity: 'deleted', detail: { changes: [changed('deleted', false, true)] } },
    ]);
  });

  it("the activity list is newest first and paged as PostHog's activity_page_response", async () => {
    const e = await createExperiment(server);
    for (const name of ['one', 'two', 'three']) {
      await server.request('PATCH', `${EXPERIMENTS}${e.id}/`, { name });
    }
    const url = `${EXPERIMENTS}${e.id}/activity/`;
    const first = await server.request('GET', `${url}?limit=2`);
    expect(Object.keys(first.body)).toEqual(['results', 'next', 'previous', 'total_count']);
    expect(first.body.total_count).toBe(4);
    expect(first.body.results.map((a: Entry) => a.detail.name)).toEqual(['three', 'two']);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(`http://127.0.0.1${url}?limit=2&page=2`);

    const second = await server.request('GET', `${url}?limit=2&page=2`);
    expect(second.body.results.map((a: Entry) => a.activity)).toEqual(['updated', 'created']);
    expect(second.body.next).toBeNull();
    expect(second.body.previous).toBe(`http://127.0.0.1${url}?limit=2&page=1`);
  });

  it('pages hold 10 entries unless a limit is given, as PostHog', async () => {
    const e = await createExperiment(server);
    for (let i = 0; i < 11; i++) {
      await server.request('PATCH', `${EXPERIMENTS}${e.id}/`, { name: `n${i}` });
    }
    const page = await server.request('GET', `${EXPERIMENTS}${e.id}/activity/`);
    expect(page.body.results).toHaveLength(10);
    expect(page.body.total_count).toBe(12);
    expect(page.body.next).toContain('page=2');
  });

  it.each([
    ['page=0', invalid('Ensure this value is greater than or equal to 1.', 'page', 'min_value')],
    ['page=abc', invalid('A valid integer is required.', 'page', 'invalid')],
    ['limit=0', invalid('Ensure this value is greater than or equal to 1.', 'limit', 'min_value')],
    ['limit=1.5', invalid('A valid integer is required.', 'limit', 'invalid')],
  ])('?%s is a 400 naming the parameter', async (query, expected) => {
    const e = await createExperiment(server);
    await expectRejected(
      server,
      'GET',
      `${EXPERIMENTS}${e.id}/activity/?${query}`,
      undefined,
      400,
      expected,
    );
  });

  it('an experiment that does not exist has no activity (404)', async () => {
    await expectRejected(
      server,
      'GET',
      `${EXPERIMENTS}987654/activity/`,
      undefined,
      404,
      NOT_FOUND,
    );
  });
});

describe('a rejected write records nothing', () => {
  it.each([
    [
      'PATCH with a bad field',
      'PATCH',
      '',
      { name: '' },
      invalid('This field may not be blank.', 'name', 'blank'),
    ],
    [
      'PATCH with an unknown key',
      'PATCH',
      '',
      { type: 'web' },
      invalid("Can't update keys: type on Experiment"),
    ],
    [
      'a refused lifecycle action',
      'POST',
      'pause/',
      undefined,
      invalid('Experiment has not been launched yet.'),
    ],
    [
      'an invalid end body',
      'POST',
      'end/',
      { conclusion: 'x' },
      invalid('"x" is not a valid choice.', 'conclusion', 'invalid_choice'),
    ],
  ])('%s', async (_label, method, suffix, body, expected) => {
    const draft = await createExperiment(server);
    const before = (await activityOf(draft.id)).length;
    await expectRejected(
      server,
      method,
      `${EXPERIMENTS}${draft.id}/${suffix}`,
      body,
      400,
      expected,
    );
    expect(await activityOf(draft.id)).toHaveLength(before);
  });

  it('a refused create leaves no log row at all', async () => {
    const rows = () => server.db.prepare('SELECT COUNT(*) FROM activity_log').pluck().get();
    const before = rows();
    await expectRejected(
      server,
      'POST',
      EXPERIMENTS,
      { name: 'x', feature_flag_key: 'bad key' },
      400,
      invalid(
        'Only letters, numbers, hyphens (-) & underscores (_) are allowed.',
        'key',
        'invalid_key',
      ),
    );
    expect(rows()).toBe(before);
  });
});

describe('the log entry is part of the write', () => {
  it('when the log insert fails, the write is undone (500, nothing changed)', async () => {
    const created = await createExperiment(server, { name: 'Untouched' });
    server.db.exec(
      "CREATE TRIGGER refuse_activity BEFORE INSERT ON activity_log BEGIN SELECT RAISE(ABORT, 'log unavailable'); END;",
    );
    try {
      const patch = await server.raw('PATCH', `${EXPERIMENTS}${created.id}/`, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Changed' }),
      });
      expect(patch.status).toBe(500);
      expect(await patch.json()).toEqual({
        type: 'server_error',
        code: 'error',
        detail: 'A server error occurred.',
        attr: null,
      });
      const launch = await server.raw('POST', `${EXPERIMENTS}${created.id}/launch/`);
      expect(launch.status).toBe(500);
    } finally {
      server.db.exec('DROP TRIGGER refuse_activity');
    }
    const read = await server.request('GET', `${EXPERIMENTS}${created.id}/`);
    expect(read.body).toMatchObject({ name: 'Untouched', status: 'draft', start_date: null });
    expect(read.body.feature_flag.active).toBe(false);
  });
});

describe('companion writes', () => {
  it('holdouts: created, updated with field changes, deleted', async () => {
    const h = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'Log holdout',
      filters: [{ properties: [], rollout_percentage: 10 }],
    });
    await server.request('PATCH', `/api/projects/1/experiment_holdouts/${h.body.id}/`, {
      name: 'Log holdout 2',
      filters: [{ properties: [], rollout_percentage: 20 }],
    });
    await server.raw('DELETE', `/api/projects/1/experiment_holdouts/${h.body.id}/`);
    const rows = logRows('ExperimentHoldout', h.body.id);
    expect(rows.map((r) => r.activity)).toEqual(['created', 'updated', 'deleted']);
    const variant = `holdout-${h.body.id}`;
    expect(JSON.parse(rows[1]!.detail).changes).toEqual([
      {
        type: 'ExperimentHoldout',
        action: 'changed',
        field: 'name',
        before: 'Log holdout',
        after: 'Log holdout 2',
      },
      {
        type: 'ExperimentHoldout',
        action: 'changed',
        field: 'filters',
        before: [{ properties: [], rollout_percentage: 10, variant }],
        after: [{ properties: [], rollout_percentage: 20, variant }],
      },
    ]);
  });

  it('saved metrics: created, updated with field changes, deleted', async () => {
    const query = {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      source: { kind: 'EventsNode', event: 'purchase' },
    };
    const m = await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
      name: 'Log metric',
      query,
    });
    await server.request('PATCH', `/api/projects/1/experiment_saved_metrics/${m.body.id}/`, {
      description: 'Now described',
      name: 'Log metric',
    });
    await server.raw('DELETE', `/api/projects/1/experiment_saved_metrics/${m.body.id}/`);
    const rows = logRows('ExperimentSavedMetric', m.body.id);
    expect(rows.map((r) => r.activity)).toEqual(['created', 'updated', 'deleted']);
    expect(JSON.parse(rows[1]!.detail).changes).toEqual([
      {
        type: 'ExperimentSavedMetric',
        action: 'changed',
        field: 'description',
        before: null,
        after: 'Now described',
      },
    ]);
  });

  it('feature flags: a PATCH records the fields that changed', async () => {
    const e = await createExperiment(server);
    await server.request('PATCH', `/api/projects/1/feature_flags/${e.feature_flag.id}/`, {
      active: true,
      name: e.feature_flag.name,
    });
    const rows = logRows('FeatureFlag', e.feature_flag.id);
    expect(rows.map((r) => r.activity)).toEqual(['updated']);
    expect(JSON.parse(rows[0]!.detail).changes).toEqual([
      { type: 'FeatureFlag', action: 'changed', field: 'active', before: false, after: true },
    ]);
  });
});
