import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  experimentIn,
  expectRejected,
  invalid,
  NOT_FOUND,
} from '@/testing/server-helpers';

// PATCH / PUT /api/projects/{id}/experiments/{id}/ — contract §3.4.

let server: TestServer;
beforeAll(() => {
  server = createTestServer();
});
afterAll(() => server.close());

const url = (id: number) => `${EXPERIMENTS}${id}/`;
const patch = (id: number, body: unknown) => server.request('PATCH', url(id), body);
const get = async (id: number) => (await server.request('GET', url(id))).body;
const rejectPatch = (id: number, body: unknown, expected: Record<string, unknown>, status = 400) =>
  expectRejected(server, 'PATCH', url(id), body, status, expected);
const variants = (...pairs: [string, number][]) => ({
  feature_flag_variants: pairs.map(([key, split_percent]) => ({ key, split_percent })),
});
const meanMetric = (event: string, extra: Record<string, unknown> = {}) => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event },
  ...extra,
});
const flagVariants = (experiment: {
  feature_flag: { filters: { multivariate: { variants: unknown } } };
}) => experiment.feature_flag.filters.multivariate.variants;

describe('plain fields', () => {
  it('changes only what was sent and answers the updated experiment', async () => {
    const created = await createExperiment(server, { description: 'before' });
    const res = await patch(created.id, { name: 'Renamed', description: 'after' });
    expect(res.status).toBe(200);
    const { name, description, updated_at, ...rest } = res.body;
    const { name: _n, description: _d, updated_at: _u, ...restBefore } = created;
    expect({ name, description }).toEqual({ name: 'Renamed', description: 'after' });
    expect(updated_at).not.toBe(created.updated_at);
    expect(rest).toEqual(restBefore);
    expect(await get(created.id)).toEqual(res.body);
  });

  it.each([
    ['conclusion', 'won'],
    ['conclusion_comment', 'Clear winner'],
    ['only_count_matured_users', true],
    ['scheduling_config', { timezone: 'UTC' }],
    ['secondary_metrics', []],
    ['stats_config', { method: 'frequentist', frequentist: { alpha: 0.1 } }],
    ['exposure_criteria', { filterTestAccounts: false }],
    ['archived', true],
    ['description', null],
  ])('%s can be patched', async (field, value) => {
    const created = await createExperiment(server);
    const res = await patch(created.id, { [field]: value });
    expect(res.status).toBe(200);
    expect(res.body[field]).toEqual(value);
  });

  it('an empty body changes nothing but answers 200', async () => {
    const created = await createExperiment(server);
    const res = await patch(created.id, {});
    expect(res.status).toBe(200);
    expect(res.body.name).toBe(created.name);
  });

  it('a PATCH that leaves the metrics alone keeps a null ordering null', async () => {
    const created = await createExperiment(server);
    const res = await patch(created.id, { name: 'Still unordered' });
    expect(res.body.primary_metrics_ordered_uuids).toBeNull();
    expect(res.body.secondary_metrics_ordered_uuids).toBeNull();
  });
});

describe('keys an update may not touch', () => {
  it.each([
    [{ type: 'web' }, "Can't update keys: type on Experiment"],
    [
      { type: 'web', _create_in_folder: 'Unfiled' },
      "Can't update keys: _create_in_folder, type on Experiment",
    ],
    [{ id: 99 }, "Can't update keys: id on Experiment"],
    [{ status: 'running' }, "Can't update keys: status on Experiment"],
    [{ feature_flag: {} }, "Can't update keys: feature_flag on Experiment"],
    [{ colour: 'red', name: 'ok' }, "Can't update keys: colour on Experiment"],
    [{ feature_flag_key: 'another-key' }, "Can't update keys: get_feature_flag_key on Experiment"],
  ])('%j', async (body, detail) => {
    const created = await createExperiment(server);
    await rejectPatch(created.id, body, invalid(detail));
  });

  it('feature_flag_key equal to the current key is accepted', async () => {
    const created = await createExperiment(server);
    const res = await patch(created.id, {
      feature_flag_key: created.feature_flag_key,
      name: 'Same key',
    });
    expect(res.status).toBe(200);
  });
});

describe('field rules on update', () => {
  it.each([
    [{ name: '' }, invalid('This field may not be blank.', 'name', 'blank')],
    [{ name: null }, invalid('This field may not be null.', 'name', 'null')],
    [
      { name: 'x'.repeat(401) },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
    [
      { conclusion: 'meh' },
      invalid('"meh" is not a valid choice.', 'conclusion', 'invalid_choice'),
    ],
    [
      { holdout_id: 4242 },
      invalid('Invalid pk "4242" - object does not exist.', 'holdout_id', 'does_not_exist'),
    ],
    [
      { filters: { properties: [{ key: 'plan' }] } },
      invalid('Experiments do not support global filter properties'),
    ],
    [{ metrics: {} }, invalid('Metrics must be a list', 'metrics')],
    [
      { metrics_secondary: ['x'] },
      invalid('Invalid metric at index 0: must be a dict', 'metrics_secondary'),
    ],
    [
      { stats_config: { method: 'magic' } },
      invalid("Invalid stats method: 'magic'. Must be one of: bayesian, frequentist"),
    ],
    [{ saved_metrics_ids: 'all' }, invalid('Saved metrics must be a list', 'saved_metrics_ids')],
    [
      { exposure_criteria: { filterTestAccounts: 1 } },
      invalid('filterTestAccounts must be a boolean', 'exposure_criteria'),
    ],
    [
      { parameters: variants(['control', 100]) },
      invalid(
        'Feature flag must have at least 2 variants (control and at least one test variant)',
        'parameters',
      ),
    ],
    [
      { parameters: variants(['control', 50], ['test', 60]) },
      invalid(
        'Invalid variant definitions: Variant rollout percentages must sum to 100.',
        'filters',
      ),
    ],
  ])('%j', async (body, expected) => {
    const created = await createExperiment(server);
    await rejectPatch(created.id, body, expected);
  });
});

describe('a draft keeps its flag in sync (§3.4)', () => {
  it('new variants and rollout go to the flag', async () => {
    const created = await createExperiment(server);
    const res = await patch(created.id, {
      parameters: {
        ...variants(['control', 25], ['test', 25], ['test_2', 50]),
        rollout_percentage: 60,
      },
    });
    expect(res.status).toBe(200);
    expect(flagVariants(res.body)).toEqual([
      { key: 'control', rollout_percentage: 25 },
      { key: 'test', rollout_percentage: 25 },
      { key: 'test_2', rollout_percentage: 50 },
    ]);
    expect(res.body.feature_flag.filters.groups[0].rollout_percentage).toBe(60);
    expect(res.body.feature_flag.version).toBe(created.feature_flag.version + 1);
    expect(res.body.parameters.feature_flag_variants[2]).toEqual({
      key: 'test_2',
      rollout_percentage: 50,
      split_percent: 50,
    });
  });

  it('parameters without variants reset the flag to control/test 50/50', async () => {
    const created = await createExperiment(server, {
      parameters: variants(['control', 20], ['test', 80]),
    });
    const res = await patch(created.id, { parameters: { minimum_detectable_effect: 10 } });
    expect(flagVariants(res.body)).toEqual([
      { key: 'control', name: 'Control Group', rollout_percentage: 50 },
      { key: 'test', name: 'Test Variant', rollout_percentage: 50 },
    ]);
  });

  it('a holdout is written into the flag and removed again', async () => {
    const holdout = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'Holdout 5',
      filters: [{ properties: [], rollout_percentage: 5 }],
    });
    const created = await createExperiment(server);
    const linked = await patch(created.id, { holdout_id: holdout.body.id });
    expect(linked.body.feature_flag.filters.holdout).toEqual({
      id: holdout.body.id,
      exclusion_percentage: 5,
    });
    expect(linked.body.holdout.id).toBe(holdout.body.id);
    const unlinked = await patch(created.id, { holdout_id: null });
    expect(unlinked.body.feature_flag.filters.holdout).toBeNull();
    expect(unlinked.body.holdout).toBeNull();
  });

  it('start_date launches the draft and switches the flag on', async () => {
    const created = await createExperiment(server);
    const res = await patch(created.id, { start_date: '2025-06-01T10:00:00Z' });
    expect(res.body).toMatchObject({ status: 'running', start_date: '2025-06-01T10:00:00Z' });
    expect(res.body.feature_flag.active).toBe(true);
  });
});

describe('a launched experiment (§3.4)', () => {
  it.each(['running', 'paused', 'stopped'] as const)(
    '%s: variants with other keys or another count are refused',
    async (state) => {
      const experiment = await experimentIn(server, state);
      await rejectPatch(
        experiment.id,
        { parameters: variants(['control', 50], ['treatment', 50]) },
        invalid("Can't update feature_flag_variants on Experiment"),
      );
      await rejectPatch(
        experiment.id,
        { parameters: variants(['control', 34], ['test', 33], ['test_2', 33]) },
        invalid("Can't update feature_flag_variants on Experiment"),
      );
    },
  );

  it('same keys with another split: stored, but the flag is untouched without update_feature_flag_params', async () => {
    const experiment = await experimentIn(server, 'running');
    const res = await patch(experiment.id, { parameters: variants(['test', 30], ['control', 70]) });
    expect(res.status).toBe(200);
    expect(
      res.body.parameters.feature_flag_variants.map(
        (v: { split_percent: number }) => v.split_percent,
      ),
    ).toEqual([30, 70]);
    expect(res.body.feature_flag).toEqual(experiment.feature_flag);
  });

  it('update_feature_flag_params: true pushes the split to the flag', async () => {
    const experiment = await experimentIn(server, 'running');
    const res = await patch(experiment.id, {
      parameters: variants(['control', 70], ['test', 30]),
      update_feature_flag_params: true,
    });
    expect(flagVariants(res.body)).toEqual([
      { key: 'control', rollout_percentage: 70 },
      { key: 'test', rollout_percentage: 30 },
    ]);
    expect(res.body.feature_flag.active).toBe(true);
  });

  it('the holdout cannot change', async () => {
    const holdout = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'Late holdout',
      filters: [{ properties: [], rollout_percentage: 10 }],
    });
    const experiment = await experimentIn(server, 'running');
    await rejectPatch(
      experiment.id,
      { holdout_id: holdout.body.id },
      invalid("Can't update holdout on running Experiment"),
    );
    // Sending the same (null) holdout is no change.
    expect((await patch(experiment.id, { holdout_id: null })).status).toBe(200);
  });

  it('end_date stops it and leaves the flag as it is', async () => {
    const experiment = await experimentIn(server, 'running');
    const end = new Date(Date.parse(experiment.start_date) + 86_400_000).toISOString();
    const res = await patch(experiment.id, { end_date: end });
    expect(res.body.status).toBe('stopped');
    expect(res.body.feature_flag.active).toBe(true);
  });

  it('an end_date before the start is refused', async () => {
    const experiment = await experimentIn(server, 'running');
    await rejectPatch(
      experiment.id,
      { end_date: '2000-01-01T00:00:00Z' },
      invalid('End date must be after start date'),
    );
  });
});

describe('metrics on update', () => {
  it('assigns uuids and fingerprints, appends new uuids to the ordering and drops removed ones', async () => {
    const created = await createExperiment(server, {
      metrics: [meanMetric('purchase', { uuid: 'm-1' }), meanMetric('signup', { uuid: 'm-2' })],
    });
    expect(created.primary_metrics_ordered_uuids).toEqual(['m-1', 'm-2']);
    const reordered = await patch(created.id, { primary_metrics_ordered_uuids: ['m-2', 'm-1'] });
    expect(reordered.body.primary_metrics_ordered_uuids).toEqual(['m-2', 'm-1']);
    const res = await patch(created.id, {
      metrics: [meanMetric('signup', { uuid: 'm-2' }), meanMetric('$pageview')],
    });
    const added = res.body.metrics[1];
    expect(added.uuid).toEqual(expect.any(String));
    expect(added.fingerprint).toEqual(expect.any(String));
    expect(res.body.primary_metrics_ordered_uuids).toEqual(['m-2', added.uuid]);
  });

  it('an ordering naming unknown uuids keeps only the known ones', async () => {
    const created = await createExperiment(server, {
      metrics: [meanMetric('purchase', { uuid: 'k-1' })],
    });
    const res = await patch(created.id, { primary_metrics_ordered_uuids: ['ghost', 'k-1'] });
    expect(res.body.primary_metrics_ordered_uuids).toEqual(['k-1']);
  });

  it('unknown events are refused unless allowed', async () => {
    const created = await createExperiment(server);
    await rejectPatch(
      created.id,
      { metrics: [meanMetric('not_ingested')] },
      invalid(
        "Event(s) 'not_ingested' not found. No events with these names have been ingested by this project. Check the spelling, or set allow_unknown_events to true to save the experiment anyway.",
      ),
    );
    const res = await patch(created.id, {
      metrics: [meanMetric('not_ingested')],
      allow_unknown_events: true,
    });
    expect(res.status).toBe(200);
  });

  it('a uuid already used by the other list is refused', async () => {
    const created = await createExperiment(server, {
      metrics: [meanMetric('purchase', { uuid: 'taken' })],
    });
    await rejectPatch(
      created.id,
      { metrics_secondary: [meanMetric('signup', { uuid: 'taken' })] },
      invalid("Duplicate metric UUID: 'taken'. Each metric must have a unique UUID."),
    );
  });
});

describe('saved metrics on update', () => {
  it('saved_metrics_ids replaces every link', async () => {
    const make = async (name: string, uuid: string) =>
      (
        await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
          name,
          query: meanMetric('purchase', { uuid }),
        })
      ).body.id as number;
    const a = await make('Saved A', 'sa');
    const b = await make('Saved B', 'sb');
    const created = await createExperiment(server, {
      saved_metrics_ids: [{ id: a, metadata: { type: 'primary' } }],
    });
    expect(created.saved_metrics.map((l: { saved_metric: number }) => l.saved_metric)).toEqual([a]);

    const replaced = await patch(created.id, {
      saved_metrics_ids: [{ id: b, metadata: { type: 'secondary' } }],
    });
    expect(replaced.body.saved_metrics).toEqual([
      expect.objectContaining({
        saved_metric: b,
        metadata: { type: 'secondary' },
        name: 'Saved B',
      }),
    ]);
    expect(replaced.body.primary_metrics_ordered_uuids).toEqual([]);
    expect(replaced.body.secondary_metrics_ordered_uuids).toEqual(['sb']);

    const cleared = await patch(created.id, { saved_metrics_ids: [] });
    expect(cleared.body.saved_metrics).toEqual([]);
  });
});

describe('soft delete (§3.4)', () => {
  it('deleted: true hides it everywhere; deleted: false brings it back', async () => {
    const created = await createExperiment(server);
    const deleted = await patch(created.id, { deleted: true });
    expect(deleted).toMatchObject({ status: 200, body: { deleted: true } });
    expect(await server.request('GET', url(created.id))).toEqual({ status: 404, body: NOT_FOUND });
    await rejectPatch(created.id, { name: 'ghost' }, NOT_FOUND, 404);
    await expectRejected(server, 'POST', `${url(created.id)}launch/`, undefined, 404, NOT_FOUND);
    const list = await server.request('GET', `${EXPERIMENTS}?limit=1000`);
    expect(list.body.results.map((e: { id: number }) => e.id)).not.toContain(created.id);
    // The flag is not touched by a soft delete.
    expect(
      (await server.request('GET', `/api/projects/1/feature_flags/${created.feature_flag.id}/`))
        .status,
    ).toBe(200);

    const restored = await patch(created.id, { deleted: false });
    expect(restored).toMatchObject({ status: 200, body: { deleted: false } });
    expect((await server.request('GET', url(created.id))).status).toBe(200);
  });

  it('cannot be restored while its flag is deleted', async () => {
    const created = await createExperiment(server);
    await patch(created.id, { deleted: true });
    server.db
      .prepare('UPDATE feature_flags SET deleted = 1 WHERE id = ?')
      .run(created.feature_flag.id);
    await rejectPatch(
      created.id,
      { deleted: false },
      invalid(
        'Cannot restore experiment: the linked feature flag has been deleted. Restore the feature flag first, then restore the experiment.',
      ),
    );
  });
});

describe('legacy-metric experiments (§3.4)', () => {
  it('only name, description, end_date and deleted may change', async () => {
    const created = await createExperiment(server);
    server.db
      .prepare('UPDATE experiments SET metrics = ? WHERE id = ?')
      .run(
        JSON.stringify([
          { kind: 'ExperimentTrendsQuery', count_query: { kind: 'TrendsQuery', series: [] } },
        ]),
        created.id,
      );
    expect((await patch(created.id, { name: 'Legacy renamed', description: 'ok' })).status).toBe(
      200,
    );
    await rejectPatch(
      created.id,
      { name: 'x', metrics: [], conclusion: 'won' },
      invalid(
        'This experiment uses legacy metric formats and can only have its name, description, or end_date updated. Cannot update: conclusion, metrics',
      ),
    );
  });
});

describe('PUT', () => {
  it('requires name and feature_flag_key', async () => {
    const created = await createExperiment(server);
    await expectRejected(
      server,
      'PUT',
      url(created.id),
      { name: 'Only a name' },
      400,
      invalid('This field is required.', 'feature_flag_key', 'required'),
    );
  });

  it('replaces the writable fields it is given', async () => {
    const created = await createExperiment(server);
    const res = await server.request('PUT', url(created.id), {
      name: 'Put name',
      feature_flag_key: created.feature_flag_key,
      description: 'Put description',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Put name', description: 'Put description' });
  });
});

describe('ids', () => {
  it.each([
    ['an id that does not exist', `${EXPERIMENTS}987654/`],
    ['an id beyond 2^53', `${EXPERIMENTS}123456789012345678901234567890/`],
    ['a non-numeric id', `${EXPERIMENTS}abc/`],
  ])('%s is a 404', async (_label, path) => {
    await expectRejected(server, 'PATCH', path, { name: 'x' }, 404, NOT_FOUND);
    await expectRejected(server, 'PUT', path, { name: 'x', feature_flag_key: 'x' }, 404, NOT_FOUND);
  });
});
