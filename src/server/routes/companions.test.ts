import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '@/server/db/rows';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  experimentIn,
  expectRejected,
  invalid,
  methodNotAllowed,
  NOT_FOUND,
  steppingClock,
} from '@/testing/server-helpers';

// The endpoints beside experiments that the UI needs (contract §1.4): feature flags, holdouts, saved
// metrics, event definitions, the current user and projects; routing with @current and trailing slashes.

let server: TestServer;
beforeAll(() => {
  server = createTestServer({ now: steppingClock() });
});
afterAll(() => server.close());

const FLAGS = '/api/projects/1/feature_flags/';
const HOLDOUTS = '/api/projects/1/experiment_holdouts/';
const SAVED = '/api/projects/1/experiment_saved_metrics/';
const EVENTS = '/api/projects/1/event_definitions/';
const meanQuery = (event = 'purchase') => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event },
});

describe('feature flags', () => {
  const keys: Record<string, number> = {};
  let experimentFlagId: number;
  beforeAll(async () => {
    const flag = (key: string, extra: Record<string, unknown> = {}) =>
      insertRow(server.db, 'feature_flags', {
        team_id: 1,
        key,
        name: `${key} name`,
        filters: { groups: [{ properties: [], rollout_percentage: 100 }] },
        active: 1,
        created_by_id: 1,
        created_at: '2025-01-01T00:00:00.000Z',
        updated_at: '2025-01-01T00:00:00.000Z',
        ...extra,
      });
    keys['new-navbar'] = flag('new-navbar', { name: 'New NAVBAR', created_by_id: 2 });
    keys['kill_switch'] = flag('kill_switch', { active: 0 });
    keys['old-deleted'] = flag('old-deleted', { deleted: 1 });
    keys['control-last'] = flag('control-last', {
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        multivariate: {
          variants: [
            { key: 'test', rollout_percentage: 50 },
            { key: 'control', rollout_percentage: 50 },
          ],
        },
      },
    });
    const experiment = await createExperiment(server, { feature_flag_key: 'exp-flag-one' });
    experimentFlagId = experiment.feature_flag.id;
    keys['exp-flag-one'] = experimentFlagId;
  });

  const listKeys = async (query: string) => {
    const res = await server.request('GET', `${FLAGS}?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.results as { key: string }[]).map((f) => f.key).sort();
  };

  it('lists the project flags without deleted ones, paginated', async () => {
    const res = await server.request('GET', FLAGS);
    expect(res.body).toMatchObject({ count: 4, next: null, previous: null });
    expect(await listKeys('')).toEqual([
      'control-last',
      'exp-flag-one',
      'kill_switch',
      'new-navbar',
    ]);
    const page = await server.request('GET', `${FLAGS}?limit=1&offset=1`);
    expect(page.body.results).toHaveLength(1);
    expect(page.body.next).toBe('http://127.0.0.1/api/projects/1/feature_flags/?limit=1&offset=2');
  });

  it.each([
    ['search=NAVBAR', ['new-navbar']],
    ['search=navbar', ['new-navbar']],
    ['search=kill_', ['kill_switch']],
    ['search=%25', []],
    ['search=_', ['kill_switch']],
    [`search=${'x'.repeat(60_000)}`, []],
    ['active=true', ['control-last', 'new-navbar']],
    ['active=false', ['exp-flag-one', 'kill_switch']],
    ['active=STALE', ['control-last', 'exp-flag-one', 'kill_switch', 'new-navbar']],
    ['type=boolean', ['kill_switch', 'new-navbar']],
    ['type=multivariant', ['control-last', 'exp-flag-one']],
    ['type=experiment', ['exp-flag-one']],
    ['created_by_id=2', ['new-navbar']],
  ])('%s', async (query, expected) => {
    expect(await listKeys(query)).toEqual(expected);
  });

  it('created_by_id must be an integer', async () => {
    await expectRejected(
      server,
      'GET',
      `${FLAGS}?created_by_id=abc`,
      undefined,
      400,
      invalid('created_by_id must be an integer'),
    );
  });

  it('retrieves one flag with the FeatureFlag fields', async () => {
    const res = await server.request('GET', `${FLAGS}${experimentFlagId}/`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: experimentFlagId,
      team_id: 1,
      key: 'exp-flag-one',
      deleted: false,
      active: false,
      version: 1,
      is_simple_flag: false,
      rollout_percentage: 100,
      experiment_set: [expect.any(Number)],
      surveys: [],
      features: [],
      tags: [],
      user_access_level: 'editor',
      created_by: { id: 1 },
      evaluation_runtime: 'all',
      ensure_experience_continuity: false,
    });
    expect(res.body.filters.multivariate.variants).toHaveLength(2);
    expect(res.body.created_at).toEqual(expect.any(String));
    expect(res.body.updated_at).toEqual(expect.any(String));
  });

  it('a deleted flag is a 404', async () => {
    await expectRejected(
      server,
      'GET',
      `${FLAGS}${keys['old-deleted']}/`,
      undefined,
      404,
      NOT_FOUND,
    );
    await expectRejected(
      server,
      'PATCH',
      `${FLAGS}${keys['old-deleted']}/`,
      { active: true },
      404,
      NOT_FOUND,
    );
  });

  it('PATCH switches a running experiment off and on: paused, then running again', async () => {
    const running = await experimentIn(server, 'running');
    const flagUrl = `${FLAGS}${running.feature_flag.id}/`;
    const off = await server.request('PATCH', flagUrl, { active: false });
    expect(off.body).toMatchObject({ active: false, version: running.feature_flag.version + 1 });
    expect((await server.request('GET', `${EXPERIMENTS}${running.id}/`)).body.status).toBe(
      'paused',
    );
    await server.request('PATCH', flagUrl, { active: true, name: 'Renamed flag' });
    const after = await server.request('GET', `${EXPERIMENTS}${running.id}/`);
    expect(after.body.status).toBe('running');
    expect(after.body.feature_flag.name).toBe('Renamed flag');
  });

  it('GET activity lists who switched the flag, newest first, and 404s for an unknown flag', async () => {
    const running = await experimentIn(server, 'running');
    const flagUrl = `${FLAGS}${running.feature_flag.id}/`;
    await server.request('PATCH', flagUrl, { active: false });
    await server.request('PATCH', flagUrl, { active: true });
    const res = await server.request('GET', `${flagUrl}activity/?limit=1`);
    expect(res.status).toBe(200);
    expect(res.body.total_count).toBe(2);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0]).toMatchObject({
      scope: 'FeatureFlag',
      item_id: String(running.feature_flag.id),
      activity: 'updated',
      detail: { changes: [{ field: 'active', before: false, after: true }] },
    });
    expect(res.body.next).toContain('page=2');
    expect((await server.request('GET', `${FLAGS}999999/activity/`)).status).toBe(404);
    expect((await server.request('POST', `${flagUrl}activity/`)).status).toBe(405);
  });

  it.each([
    [{ key: 'renamed' }, invalid('Unknown field(s): key.')],
    [{ filters: {} }, invalid('Unknown field(s): filters.')],
    [{ active: 'no' }, invalid('Must be a valid boolean.', 'active')],
    [
      { name: 'n'.repeat(401) },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
  ])('PATCH refuses %j', async (body, expected) => {
    await expectRejected(server, 'PATCH', `${FLAGS}${keys['new-navbar']}/`, body, 400, expected);
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s is not allowed', async (method) => {
    await expectRejected(
      server,
      method,
      `${FLAGS}${keys['new-navbar']}/`,
      undefined,
      405,
      methodNotAllowed(method),
    );
    await expectRejected(
      server,
      method === 'POST' ? 'PUT' : method,
      FLAGS,
      undefined,
      405,
      methodNotAllowed(method === 'POST' ? 'PUT' : method),
    );
  });

  describe('eligible_feature_flags', () => {
    const ELIGIBLE = `${EXPERIMENTS}eligible_feature_flags/`;
    it('lists multivariate flags with control first, as {results, count}', async () => {
      const res = await server.request('GET', ELIGIBLE);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['count', 'results']);
      const found = (res.body.results as { key: string }[]).map((f) => f.key);
      expect(found).toContain('exp-flag-one');
      expect(found).not.toContain('control-last');
      expect(found).not.toContain('new-navbar');
      expect(res.body.count).toBe(found.length);
    });

    it('filters by search and pages with limit/offset', async () => {
      const res = await server.request('GET', `${ELIGIBLE}?search=exp-flag-one&limit=1&offset=0`);
      expect(res.body).toEqual({
        count: 1,
        results: [expect.objectContaining({ key: 'exp-flag-one' })],
      });
      const past = await server.request('GET', `${ELIGIBLE}?search=exp-flag-one&offset=5`);
      expect(past.body).toEqual({ count: 1, results: [] });
    });

    it.each(['limit=0', 'limit=101', 'limit=abc', 'offset=-1', 'offset=x'])(
      '%s is refused',
      async (query) => {
        await expectRejected(server, 'GET', `${ELIGIBLE}?${query}`, undefined, 400, {
          error: 'Invalid limit or offset',
        });
      },
    );
  });
});

describe('experiment holdouts', () => {
  const create = async (body: Record<string, unknown>) => {
    const res = await server.request('POST', HOLDOUTS, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it('creates a holdout and rewrites every group variant to holdout-<id>', async () => {
    const holdout = await create({
      name: 'Q3 holdout',
      description: 'Keep 10% out',
      filters: [{ properties: [], rollout_percentage: 10, variant: 'whatever' }],
    });
    expect(holdout).toEqual({
      id: expect.any(Number),
      name: 'Q3 holdout',
      description: 'Keep 10% out',
      filters: [{ properties: [], rollout_percentage: 10, variant: `holdout-${holdout.id}` }],
      created_by: expect.objectContaining({ id: 1 }),
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await server.request('GET', `${HOLDOUTS}${holdout.id}/`)).body).toEqual(holdout);
    expect((await server.request('GET', `${HOLDOUTS}${holdout.id}`)).body).toEqual(holdout);
  });

  it.each([
    ['no filters', { name: 'H' }, invalid('Filters are required to create an holdout group')],
    [
      'empty filters',
      { name: 'H', filters: [] },
      invalid('Filters are required to create an holdout group'),
    ],
    [
      'a group without rollout',
      { name: 'H', filters: [{ properties: [] }] },
      invalid('Rollout percentage must be present.', 'filters'),
    ],
    [
      'a rollout over 100',
      { name: 'H', filters: [{ properties: [], rollout_percentage: 101 }] },
      invalid('Rollout percentage must be between 0 and 100.', 'filters'),
    ],
    [
      'a negative rollout',
      { name: 'H', filters: [{ properties: [], rollout_percentage: -1 }] },
      invalid('Rollout percentage must be between 0 and 100.', 'filters'),
    ],
    [
      'filters not a list',
      { name: 'H', filters: 'ten' },
      invalid('Expected a list of items but got type "str".', 'filters', 'not_a_list'),
    ],
    [
      'a rollout that is not a number',
      { name: 'H', filters: [{ rollout_percentage: 'ten' }] },
      invalid('A valid number is required.', 'filters__0__rollout_percentage'),
    ],
    [
      'no name',
      { filters: [{ properties: [], rollout_percentage: 5 }] },
      invalid('This field is required.', 'name', 'required'),
    ],
    [
      'a blank name',
      { name: '', filters: [{ properties: [], rollout_percentage: 5 }] },
      invalid('This field may not be blank.', 'name', 'blank'),
    ],
    [
      'a long name',
      { name: 'n'.repeat(401), filters: [{ properties: [], rollout_percentage: 5 }] },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
    [
      'a long description',
      {
        name: 'H',
        description: 'd'.repeat(401),
        filters: [{ properties: [], rollout_percentage: 5 }],
      },
      invalid('Ensure this field has no more than 400 characters.', 'description', 'max_length'),
    ],
    [
      'an unknown key',
      { name: 'H', filters: [{ properties: [], rollout_percentage: 5 }], colour: 'red' },
      invalid('Unknown field(s): colour.'),
    ],
  ])('refuses %s', async (_label, body, expected) => {
    await expectRejected(server, 'POST', HOLDOUTS, body, 400, expected);
  });

  it('lists newest first, paginated', async () => {
    const a = await create({
      name: 'List A',
      filters: [{ properties: [], rollout_percentage: 1 }],
    });
    const b = await create({
      name: 'List B',
      filters: [{ properties: [], rollout_percentage: 2 }],
    });
    const res = await server.request('GET', `${HOLDOUTS}?limit=2`);
    expect(res.body.results.map((h: { id: number }) => h.id)).toEqual([b.id, a.id]);
    expect(res.body.count).toBeGreaterThanOrEqual(2);
    expect(res.body.next).toContain('offset=2');
  });

  it('PATCH of the filters updates every linked flag; DELETE unlinks experiments and flags', async () => {
    const holdout = await create({
      name: 'Linked',
      filters: [{ properties: [], rollout_percentage: 10 }],
    });
    const experiment = await createExperiment(server, { holdout_id: holdout.id });
    expect(experiment.feature_flag.filters.holdout).toEqual({
      id: holdout.id,
      exclusion_percentage: 10,
    });

    const patched = await server.request('PATCH', `${HOLDOUTS}${holdout.id}/`, {
      filters: [{ properties: [], rollout_percentage: 25 }],
    });
    expect(patched.body.filters).toEqual([
      { properties: [], rollout_percentage: 25, variant: `holdout-${holdout.id}` },
    ]);
    const linked = await server.request('GET', `${EXPERIMENTS}${experiment.id}/`);
    expect(linked.body.feature_flag.filters.holdout).toEqual({
      id: holdout.id,
      exclusion_percentage: 25,
    });
    expect(linked.body.holdout.filters[0].rollout_percentage).toBe(25);

    const deleted = await server.raw('DELETE', `${HOLDOUTS}${holdout.id}/`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    await expectRejected(server, 'GET', `${HOLDOUTS}${holdout.id}/`, undefined, 404, NOT_FOUND);
    const unlinked = await server.request('GET', `${EXPERIMENTS}${experiment.id}/`);
    expect(unlinked.body).toMatchObject({ holdout: null, holdout_id: null });
    expect(unlinked.body.feature_flag.filters.holdout).toBeNull();
  });

  it('PUT needs a name; PATCH keeps the rules', async () => {
    const holdout = await create({
      name: 'Put me',
      filters: [{ properties: [], rollout_percentage: 3 }],
    });
    await expectRejected(
      server,
      'PUT',
      `${HOLDOUTS}${holdout.id}/`,
      { description: 'x' },
      400,
      invalid('This field is required.', 'name', 'required'),
    );
    const put = await server.request('PUT', `${HOLDOUTS}${holdout.id}/`, {
      name: 'Put done',
      description: null,
    });
    expect(put.body).toMatchObject({ name: 'Put done', description: null });
    await expectRejected(
      server,
      'PATCH',
      `${HOLDOUTS}${holdout.id}/`,
      { filters: [{ properties: [], rollout_percentage: 150 }] },
      400,
      invalid('Rollout percentage must be between 0 and 100.', 'filters'),
    );
  });

  it('POST on one holdout is a 405', async () => {
    const holdout = await create({
      name: 'No post',
      filters: [{ properties: [], rollout_percentage: 3 }],
    });
    await expectRejected(
      server,
      'POST',
      `${HOLDOUTS}${holdout.id}/`,
      {},
      405,
      methodNotAllowed('POST'),
    );
  });
});

describe('experiment saved metrics', () => {
  const create = async (body: Record<string, unknown>) => {
    const res = await server.request('POST', SAVED, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it('creates and reads back a saved metric', async () => {
    const metric = await create({
      name: 'Checkout conversion',
      description: 'Shared',
      query: meanQuery(),
      tags: ['core'],
    });
    expect(metric).toEqual({
      id: expect.any(Number),
      name: 'Checkout conversion',
      description: 'Shared',
      query: meanQuery(),
      tags: ['core'],
      created_by: expect.objectContaining({ id: 1 }),
      created_at: expect.any(String),
      updated_at: expect.any(String),
      user_access_level: 'editor',
    });
    expect((await server.request('GET', `${SAVED}${metric.id}`)).body).toEqual(metric);
  });

  it('accepts legacy query kinds (contract §1.4)', async () => {
    const metric = await create({
      name: 'Legacy trends',
      query: { kind: 'ExperimentTrendsQuery', count_query: {} },
    });
    expect(metric.query.kind).toBe('ExperimentTrendsQuery');
  });

  it.each([
    ['no query', { name: 'M' }, invalid('This field is required.', 'query', 'required')],
    [
      'a null query',
      { name: 'M', query: null },
      invalid('This field may not be null.', 'query', 'null'),
    ],
    [
      'an empty query',
      { name: 'M', query: {} },
      invalid('Query is required to create a saved metric', 'query'),
    ],
    [
      'a query that is not an object',
      { name: 'M', query: 'mean' },
      invalid('Invalid data. Expected a dictionary, but got str.', 'query'),
    ],
    [
      'another kind',
      { name: 'M', query: { kind: 'TrendsQuery' } },
      invalid(
        "Metric query kind must be 'ExperimentMetric', 'ExperimentTrendsQuery' or 'ExperimentFunnelsQuery'",
        'query',
      ),
    ],
    [
      'no metric_type',
      { name: 'M', query: { kind: 'ExperimentMetric' } },
      invalid('ExperimentMetric requires a metric_type', 'query'),
    ],
    ['no name', { query: meanQuery() }, invalid('This field is required.', 'name', 'required')],
    [
      'a long name',
      { name: 'n'.repeat(401), query: meanQuery() },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
    [
      'a long description',
      { name: 'M', description: 'd'.repeat(401), query: meanQuery() },
      invalid('Ensure this field has no more than 400 characters.', 'description', 'max_length'),
    ],
    [
      'tags not a list',
      { name: 'M', query: meanQuery(), tags: 'core' },
      invalid('Expected a list of items but got type "str".', 'tags', 'not_a_list'),
    ],
    [
      'an unknown key',
      { name: 'M', query: meanQuery(), owner: 1 },
      invalid('Unknown field(s): owner.'),
    ],
  ])('refuses %s', async (_label, body, expected) => {
    await expectRejected(server, 'POST', SAVED, body, 400, expected);
  });

  it('refuses a query that fails the metric schema, on query', async () => {
    const res = await server.request('POST', SAVED, {
      name: 'M',
      query: { kind: 'ExperimentMetric', metric_type: 'mean' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: 'validation_error',
      code: 'invalid_input',
      attr: 'query',
    });
    expect(res.body.detail).toMatch(/^\[.*source/);
  });

  it('lists by name, case-insensitively, and searches', async () => {
    await create({ name: 'zeta metric', query: meanQuery() });
    await create({ name: 'Alpha metric', query: meanQuery() });
    await create({ name: 'beta metric', query: meanQuery() });
    const res = await server.request('GET', `${SAVED}?search=metric&limit=100`);
    const names = res.body.results.map((m: { name: string }) => m.name);
    expect(names.filter((n: string) => /^(zeta|Alpha|beta) metric$/.test(n))).toEqual([
      'Alpha metric',
      'beta metric',
      'zeta metric',
    ]);
    const searched = await server.request('GET', `${SAVED}?search=ALPHA`);
    expect(searched.body.results.map((m: { name: string }) => m.name)).toEqual(['Alpha metric']);
  });

  it('PATCH and PUT update; PUT needs name and query', async () => {
    const metric = await create({ name: 'Editable', query: meanQuery() });
    const patched = await server.request('PATCH', `${SAVED}${metric.id}/`, {
      name: 'Edited',
      query: meanQuery('signup'),
    });
    expect(patched.body).toMatchObject({ name: 'Edited', query: meanQuery('signup') });
    await expectRejected(
      server,
      'PUT',
      `${SAVED}${metric.id}/`,
      { name: 'Only name' },
      400,
      invalid('This field is required.', 'query', 'required'),
    );
    await expectRejected(
      server,
      'PATCH',
      `${SAVED}${metric.id}/`,
      { query: {} },
      400,
      invalid('Query is required to create a saved metric', 'query'),
    );
    const put = await server.request('PUT', `${SAVED}${metric.id}/`, {
      name: 'Put',
      query: meanQuery(),
    });
    expect(put.body).toMatchObject({ name: 'Put', query: meanQuery() });
  });

  it('DELETE removes it and its links to experiments', async () => {
    const metric = await create({ name: 'Doomed', query: { ...meanQuery(), uuid: 'doomed-uuid' } });
    const experiment = await createExperiment(server, {
      saved_metrics_ids: [{ id: metric.id, metadata: { type: 'primary' } }],
    });
    expect(experiment.saved_metrics).toHaveLength(1);
    const res = await server.raw('DELETE', `${SAVED}${metric.id}/`);
    expect(res.status).toBe(204);
    await expectRejected(server, 'GET', `${SAVED}${metric.id}/`, undefined, 404, NOT_FOUND);
    const after = await server.request('GET', `${EXPERIMENTS}${experiment.id}/`);
    expect(after.body.saved_metrics).toEqual([]);
  });
});

describe('event definitions', () => {
  it('lists the project events, paginated', async () => {
    const res = await server.request('GET', EVENTS);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(4);
    expect(res.body.results.map((e: { name: string }) => e.name).sort()).toEqual([
      '$pageview',
      'checkout_started',
      'purchase',
      'signup',
    ]);
    expect(res.body.results[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      description: null,
      tags: [],
      verified: false,
      hidden: false,
      last_seen_at: null,
      created_at: expect.any(String),
    });
    const page = await server.request('GET', `${EVENTS}?limit=3`);
    expect(page.body.results).toHaveLength(3);
    expect(page.body.next).toBe(
      'http://127.0.0.1/api/projects/1/event_definitions/?limit=3&offset=3',
    );
  });

  it.each([
    ['PUR', ['purchase']],
    ['$', ['$pageview']],
    ['_', ['checkout_started']],
    ['%', []],
    ['x'.repeat(60_000), []],
  ])('search=%s', async (term, expected) => {
    const res = await server.request('GET', `${EVENTS}?search=${encodeURIComponent(term)}`);
    expect(res.body.results.map((e: { name: string }) => e.name)).toEqual(expected);
  });

  it('is read-only', async () => {
    await expectRejected(server, 'POST', EVENTS, { name: 'new' }, 405, methodNotAllowed('POST'));
  });
});

describe('actions', () => {
  // Its own server: a second project's actions must not leak into the first, and the shared server's
  // project list must stay as the other tests expect.
  let own: TestServer;
  const ACTIONS = '/api/projects/1/actions/';
  beforeAll(() => {
    own = createTestServer();
    insertRow(own.db, 'projects', {
      id: 2,
      uuid: 'second-project',
      name: 'Second project',
      organization: 'org',
      api_token: 'phc_second',
    });
    const action = (id: number, name: string, extra: Record<string, unknown> = {}) =>
      insertRow(own.db, 'actions', { id, team_id: 1, name, ...extra });
    action(1, 'Visited pricing page');
    action(2, 'clicked primary CTA');
    action(3, 'Activated account (any key action)');
    action(4, 'Clicked old sign-up button', { deleted: 1 });
    action(5, '100% signed_up');
    action(6, 'Other project action', { team_id: 2 });
  });
  afterAll(() => own.close());
  const names = async (query: string, base = ACTIONS) => {
    const res = await own.request('GET', `${base}?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.results as { name: string }[]).map((a) => a.name);
  };

  it("lists the project's actions that are not deleted, by name, paginated", async () => {
    const res = await own.request('GET', ACTIONS);
    expect(res.body).toMatchObject({ count: 4, next: null, previous: null });
    expect(res.body.results.map((a: { name: string }) => a.name)).toEqual([
      '100% signed_up',
      'Activated account (any key action)',
      'clicked primary CTA',
      'Visited pricing page',
    ]);
    expect(res.body.results[3]).toEqual({
      id: 1,
      name: 'Visited pricing page',
      description: '',
      tags: [],
      deleted: false,
      team_id: 1,
    });
    const page = await own.request('GET', `${ACTIONS}?limit=2&offset=1`);
    expect(page.body.results.map((a: { id: number }) => a.id)).toEqual([3, 2]);
    expect(page.body).toMatchObject({
      count: 4,
      next: 'http://127.0.0.1/api/projects/1/actions/?limit=2&offset=3',
      previous: 'http://127.0.0.1/api/projects/1/actions/?limit=2',
    });
  });

  it.each([
    ['CLICKED', ['clicked primary CTA']],
    ['action', ['Activated account (any key action)']],
    ['%', ['100% signed_up']],
    ['_', ['100% signed_up']],
    ['old sign-up', []],
    ['x'.repeat(60_000), []],
  ])('search=%s (name contains, any case, deleted ones never)', async (term, expected) => {
    expect(await names(`search=${encodeURIComponent(term)}`)).toEqual(expected);
  });

  it('answers bad paging like its siblings: defaults, never an error', async () => {
    expect(await names('limit=abc&offset=-3')).toHaveLength(4);
    expect(await names('limit=0')).toHaveLength(4);
    expect(await names('offset=99999999999999999999999')).toEqual([]);
  });

  it('each project sees only its own; an unknown project is a 404', async () => {
    expect(await names('', '/api/projects/2/actions/')).toEqual(['Other project action']);
    expect(await names('', '/api/projects/@current/actions')).toHaveLength(4);
    await expectRejected(own, 'GET', '/api/projects/3/actions/', undefined, 404, NOT_FOUND);
    await expectRejected(own, 'GET', '/api/projects/abc/actions/', undefined, 404, NOT_FOUND);
  });

  it('is read-only', async () => {
    await expectRejected(own, 'POST', ACTIONS, { name: 'new' }, 405, methodNotAllowed('POST'));
    await expectRejected(own, 'GET', `${ACTIONS}1/`, undefined, 404, NOT_FOUND);
  });
});

describe('users/@me and projects', () => {
  it.each(['/api/users/@me/', '/api/users/@me'])(
    'GET %s is the signed-in user with their team',
    async (path) => {
      const res = await server.request('GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: 1,
        uuid: expect.any(String),
        email: 'alex@demo.example',
        first_name: 'Alex',
        last_name: 'Rivera',
        distinct_id: 'demo-user-1',
        team: {
          id: 1,
          project_id: 1,
          name: 'Demo project',
          uuid: expect.any(String),
          organization: expect.any(String),
          timezone: 'UTC',
        },
        organization: { id: expect.any(String) },
      });
    },
  );

  it.each(['/api/projects/', '/api/projects'])('GET %s lists the projects', async (path) => {
    const res = await server.request('GET', path);
    expect(res.body).toEqual({
      count: 1,
      next: null,
      previous: null,
      results: [
        {
          id: 1,
          uuid: expect.any(String),
          organization: expect.any(String),
          api_token: 'phc_demo_project_token',
          name: 'Demo project',
          completed_snippet_onboarding: true,
          has_completed_onboarding_for: { experiments: true },
          ingested_event: true,
          is_demo: true,
          timezone: 'UTC',
          access_control: false,
        },
      ],
    });
  });

  it.each([
    '/api/projects/1/',
    '/api/projects/1',
    '/api/projects/@current/',
    '/api/projects/@current',
  ])('GET %s is the project', async (path) => {
    const res = await server.request('GET', path);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 1, name: 'Demo project' });
  });

  it.each(['/api/projects/2/', '/api/projects/abc/'])('GET %s is a 404', async (path) => {
    await expectRejected(server, 'GET', path, undefined, 404, NOT_FOUND);
  });

  it('the projects collection is read-only', async () => {
    await expectRejected(
      server,
      'POST',
      '/api/projects/',
      { name: 'New' },
      405,
      methodNotAllowed('POST'),
    );
  });
});

describe('routing: @current, the numeric id, and the trailing slash', () => {
  const COLLECTIONS = [
    'experiments',
    'feature_flags',
    'experiment_holdouts',
    'experiment_saved_metrics',
    'event_definitions',
    'actions',
  ];
  it.each(COLLECTIONS)('%s answers the same four ways', async (collection) => {
    const bodies = [];
    for (const project of ['1', '@current']) {
      for (const slash of ['/', '']) {
        const res = await server.request(
          'GET',
          `/api/projects/${project}/${collection}${slash}?limit=1000`,
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ count: expect.any(Number), results: expect.any(Array) });
        bodies.push(res.body.results);
      }
    }
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it('experiment detail works with and without the trailing slash', async () => {
    const experiment = await createExperiment(server);
    const withSlash = await server.request('GET', `/api/projects/1/experiments/${experiment.id}/`);
    const without = await server.request(
      'GET',
      `/api/projects/@current/experiments/${experiment.id}`,
    );
    expect(withSlash).toEqual({ status: 200, body: experiment });
    expect(without).toEqual({ status: 200, body: experiment });
  });

  it('the console config names the embedded project', async () => {
    const res = await server.request('GET', '/api/console/config');
    expect(res.body).toEqual({
      mode: 'embedded',
      host: null,
      project: { id: 1, name: 'Demo project' },
    });
  });
});
