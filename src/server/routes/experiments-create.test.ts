import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '@/server/db/rows';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  dbHash,
  expectRejected,
  invalid,
  TWO_VARIANTS,
  uniqueKey,
} from '@/testing/server-helpers';

// POST /api/projects/{id}/experiments/ — contract §3.3 (create), §3.1 (field rules), §3.2 (flag rules), §4.

let server: TestServer;
beforeAll(() => {
  server = createTestServer();
});
afterAll(() => server.close());

const body = (overrides: Record<string, unknown> = {}) => {
  const key = uniqueKey('create');
  return {
    name: `Create ${key}`,
    feature_flag_key: key,
    parameters: { feature_flag_variants: TWO_VARIANTS },
    ...overrides,
  };
};
const meanMetric = (event = 'purchase', extra: Record<string, unknown> = {}) => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event },
  ...extra,
});
const rejectCreate = (payload: unknown, expected: Record<string, unknown>, status = 400) =>
  expectRejected(server, 'POST', EXPERIMENTS, payload, status, expected);

describe('a minimal create', () => {
  it('answers 201 with the response the contract derives (§4)', async () => {
    const res = await server.request('POST', EXPERIMENTS, {
      name: 'Checkout CTA',
      feature_flag_key: 'checkout-cta',
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Checkout CTA',
      description: null,
      status: 'draft',
      start_date: null,
      end_date: null,
      feature_flag_key: 'checkout-cta',
      parameters: {
        feature_flag_variants: [
          { key: 'control', rollout_percentage: 50, split_percent: 50 },
          { key: 'test', rollout_percentage: 50, split_percent: 50 },
        ],
      },
      metrics: [],
      metrics_secondary: [],
      secondary_metrics: [],
      filters: {},
      primary_metrics_ordered_uuids: null,
      secondary_metrics_ordered_uuids: null,
      exposure_criteria: { filterTestAccounts: true },
      stats_config: { method: 'bayesian' },
      scheduling_config: null,
      only_count_matured_users: false,
      archived: false,
      deleted: false,
      type: 'product',
      conclusion: null,
      conclusion_comment: null,
      holdout: null,
      holdout_id: null,
      exposure_cohort: null,
      saved_metrics: [],
      saved_metrics_ids: null,
      user_access_level: 'editor',
      created_by: { id: 1, email: 'alex@demo.example' },
    });
    expect(res.body.feature_flag).toEqual({
      id: expect.any(Number),
      team_id: 1,
      name: 'Feature Flag for Experiment Checkout CTA',
      key: 'checkout-cta',
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        multivariate: {
          variants: [
            { key: 'control', rollout_percentage: 50 },
            { key: 'test', rollout_percentage: 50 },
          ],
        },
        aggregation_group_type_index: null,
        holdout: null,
        payloads: {},
      },
      deleted: false,
      active: false,
      ensure_experience_continuity: false,
      has_encrypted_payloads: false,
      version: 1,
      evaluation_runtime: 'all',
    });
  });

  it('reads back the same experiment', async () => {
    const created = await createExperiment(server);
    const read = await server.request('GET', `${EXPERIMENTS}${created.id}/`);
    expect(read).toEqual({ status: 200, body: created });
  });

  it('without parameters: parameters stay null and the flag gets control/test 50/50', async () => {
    const created = await createExperiment(server, { parameters: undefined });
    expect(created.parameters).toBeNull();
    expect(created.feature_flag.filters.multivariate.variants).toEqual([
      { key: 'control', name: 'Control Group', rollout_percentage: 50 },
      { key: 'test', name: 'Test Variant', rollout_percentage: 50 },
    ]);
  });

  it('an empty variant list is not checked and the flag gets the default variants', async () => {
    const created = await createExperiment(server, { parameters: { feature_flag_variants: [] } });
    expect(
      created.feature_flag.filters.multivariate.variants.map((v: { key: string }) => v.key),
    ).toEqual(['control', 'test']);
  });

  it('builds the flag from parameters: rollout, aggregation, payloads, continuity, names', async () => {
    const created = await createExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'control', name: 'Old checkout', split_percent: 34 },
          { key: 'test', split_percent: 33 },
          { key: 'test_2', split_percent: 33 },
        ],
        rollout_percentage: 40,
        aggregation_group_type_index: 0,
        feature_flag_payloads: { test: '{"color":"green"}' },
        ensure_experience_continuity: true,
        minimum_detectable_effect: 25,
      },
    });
    expect(created.feature_flag).toMatchObject({
      ensure_experience_continuity: true,
      filters: {
        groups: [{ properties: [], rollout_percentage: 40 }],
        multivariate: {
          variants: [
            { key: 'control', name: 'Old checkout', rollout_percentage: 34 },
            { key: 'test', rollout_percentage: 33 },
            { key: 'test_2', rollout_percentage: 33 },
          ],
        },
        aggregation_group_type_index: 0,
        payloads: { test: '{"color":"green"}' },
      },
    });
    expect(created.parameters.minimum_detectable_effect).toBe(25);
  });
});

describe('split_percent and rollout_percentage (§2.2)', () => {
  it.each([
    ['split_percent only', { split_percent: 70 }, { split_percent: 30 }, 70],
    [
      'deprecated rollout_percentage only',
      { rollout_percentage: 70 },
      { rollout_percentage: 30 },
      70,
    ],
    [
      'both: split_percent wins',
      { split_percent: 70, rollout_percentage: 10 },
      { split_percent: 30, rollout_percentage: 90 },
      70,
    ],
  ])('%s', async (_label, control, test, expectedControl) => {
    const created = await createExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'control', ...control },
          { key: 'test', ...test },
        ],
      },
    });
    expect(created.parameters.feature_flag_variants).toEqual([
      { key: 'control', rollout_percentage: expectedControl, split_percent: expectedControl },
      {
        key: 'test',
        rollout_percentage: 100 - expectedControl,
        split_percent: 100 - expectedControl,
      },
    ]);
    expect(created.feature_flag.filters.multivariate.variants).toEqual([
      { key: 'control', rollout_percentage: expectedControl },
      { key: 'test', rollout_percentage: 100 - expectedControl },
    ]);
  });

  it('lower-cases a "Control" key when no exact control exists', async () => {
    const created = await createExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'Control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
    });
    expect(created.parameters.feature_flag_variants[0].key).toBe('control');
    expect(created.feature_flag.filters.multivariate.variants[0].key).toBe('control');
  });
});

describe('dates and status on create', () => {
  it('start_date creates a running experiment with an active flag', async () => {
    const created = await createExperiment(server, { start_date: '2025-05-20T14:25:00Z' });
    expect(created).toMatchObject({ status: 'running', start_date: '2025-05-20T14:25:00Z' });
    expect(created.feature_flag.active).toBe(true);
  });

  it('start and end dates create a stopped experiment', async () => {
    const created = await createExperiment(server, {
      start_date: '2025-05-01T00:00:00Z',
      end_date: '2025-05-20T00:00:00Z',
    });
    expect(created.status).toBe('stopped');
  });

  it.each([
    ['before', '2025-05-01T00:00:00Z'],
    ['equal to', '2025-05-20T00:00:00Z'],
  ])('an end date %s the start date is refused', async (_label, end) => {
    await rejectCreate(
      body({ start_date: '2025-05-20T00:00:00Z', end_date: end }),
      invalid('End date must be after start date'),
    );
  });

  it('a malformed date is refused on its field', async () => {
    await rejectCreate(
      body({ start_date: 'next tuesday' }),
      invalid(
        'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
        'start_date',
      ),
    );
  });
});

describe('field rules (§3.1)', () => {
  it.each([
    ['name missing', { name: undefined }, invalid('This field is required.', 'name', 'required')],
    ['name null', { name: null }, invalid('This field may not be null.', 'name', 'null')],
    ['name blank', { name: '   ' }, invalid('This field may not be blank.', 'name', 'blank')],
    ['name not a string', { name: ['a'] }, invalid('Not a valid string.', 'name')],
    [
      'name over 400 characters',
      { name: 'n'.repeat(401) },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
    [
      'description over 3000 characters',
      { description: 'd'.repeat(3001) },
      invalid('Ensure this field has no more than 3000 characters.', 'description', 'max_length'),
    ],
    [
      'feature_flag_key missing',
      { feature_flag_key: undefined },
      invalid('This field is required.', 'feature_flag_key', 'required'),
    ],
    [
      'type not a choice',
      { type: 'mobile' },
      invalid('"mobile" is not a valid choice.', 'type', 'invalid_choice'),
    ],
    [
      'conclusion not a choice',
      { conclusion: 'great' },
      invalid('"great" is not a valid choice.', 'conclusion', 'invalid_choice'),
    ],
    [
      'archived not a boolean',
      { archived: 'yes' },
      invalid('Must be a valid boolean.', 'archived'),
    ],
    [
      'holdout that does not exist',
      { holdout_id: 999 },
      invalid('Invalid pk "999" - object does not exist.', 'holdout_id', 'does_not_exist'),
    ],
    [
      'global filter properties',
      { filters: { properties: [{ key: 'email', value: 'x' }] } },
      invalid('Experiments do not support global filter properties'),
    ],
    [
      'stats method not supported',
      { stats_config: { method: 'sequential' } },
      invalid("Invalid stats method: 'sequential'. Must be one of: bayesian, frequentist"),
    ],
    [
      'exposure filterTestAccounts not a boolean',
      { exposure_criteria: { filterTestAccounts: 'yes' } },
      invalid('filterTestAccounts must be a boolean', 'exposure_criteria'),
    ],
    [
      'exposure config not a valid event config',
      {
        exposure_criteria: {
          exposure_config: { kind: 'ExperimentEventExposureConfig', event: 42 },
        },
      },
      invalid('Invalid exposure criteria', 'exposure_criteria'),
    ],
  ])('%s', async (_label, overrides, expected) => {
    await rejectCreate(body(overrides), expected);
  });

  it('unknown keys are named, sorted', async () => {
    await rejectCreate(
      body({ zeta: 1, alpha: 2 }),
      invalid("Can't create keys: alpha, zeta on Experiment"),
    );
  });

  it.each(['id', 'status', 'feature_flag', 'created_at', 'user_access_level', 'saved_metrics'])(
    'read-only key %s is refused',
    async (key) => {
      await rejectCreate(body({ [key]: null }), invalid(`Can't create keys: ${key} on Experiment`));
    },
  );

  it('type web and product are both accepted; product is the default', async () => {
    expect((await createExperiment(server, { type: 'web' })).type).toBe('web');
    expect((await createExperiment(server)).type).toBe('product');
  });

  it('keeps stats_config and exposure criteria as sent', async () => {
    const created = await createExperiment(server, {
      stats_config: { method: 'frequentist', frequentist: { alpha: 0.05 } },
      exposure_criteria: {
        filterTestAccounts: false,
        exposure_config: { kind: 'ExperimentEventExposureConfig', event: 'signup', properties: [] },
        multiple_variant_handling: 'first_seen',
      },
    });
    expect(created.stats_config).toEqual({ method: 'frequentist', frequentist: { alpha: 0.05 } });
    expect(created.exposure_criteria).toEqual({
      filterTestAccounts: false,
      exposure_config: { kind: 'ExperimentEventExposureConfig', event: 'signup', properties: [] },
      multiple_variant_handling: 'first_seen',
    });
  });
});

describe('variant rules on parameters (§3.1) and the flag split (§3.2)', () => {
  const variants = (list: unknown[]) => ({ parameters: { feature_flag_variants: list } });
  it.each([
    [
      'a variant that is not an object',
      ['control', { key: 'test', split_percent: 50 }],
      'Feature flag variant at index 0 must be an object',
    ],
    [
      'a variant without a key',
      [{ key: 'control', split_percent: 50 }, { split_percent: 50 }],
      "Feature flag variant at index 1 must have a 'key' field",
    ],
    [
      'a variant without any percentage',
      [{ key: 'control', split_percent: 50 }, { key: 'test' }],
      'Each variant must include split_percent (recommended) or rollout_percentage (deprecated).',
    ],
    [
      'a single variant',
      [{ key: 'control', split_percent: 100 }],
      'Feature flag must have at least 2 variants (control and at least one test variant)',
    ],
    [
      '21 variants',
      [
        { key: 'control', split_percent: 5 },
        ...Array.from({ length: 20 }, (_, i) => ({ key: `t${i}`, split_percent: 4.75 })),
      ],
      'Feature flag variants must be less than 21',
    ],
    [
      'no control variant',
      [
        { key: 'a', split_percent: 50 },
        { key: 'b', split_percent: 50 },
      ],
      "Feature flag variants must contain a variant with key 'control' (lowercase, exactly). Got keys: ['a', 'b']. Rename the baseline variant's 'key' to 'control'.",
    ],
  ])('%s', async (_label, list, detail) => {
    await rejectCreate(body(variants(list)), invalid(detail, 'parameters'));
  });

  it('20 variants are accepted', async () => {
    const list = [
      { key: 'control', split_percent: 5 },
      ...Array.from({ length: 19 }, (_, i) => ({ key: `t${i}`, split_percent: 5 })),
    ];
    const created = await createExperiment(server, variants(list));
    expect(created.feature_flag.filters.multivariate.variants).toHaveLength(20);
  });

  it('a split that does not add up to 100 is refused by the flag, on filters', async () => {
    await rejectCreate(
      body(
        variants([
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 49 },
        ]),
      ),
      invalid(
        'Invalid variant definitions: Variant rollout percentages must sum to 100.',
        'filters',
      ),
    );
  });

  it('33.3 + 33.3 + 33.4 adds up to 100', async () => {
    const created = await createExperiment(
      server,
      variants([
        { key: 'control', split_percent: 33.3 },
        { key: 'a', split_percent: 33.3 },
        { key: 'b', split_percent: 33.4 },
      ]),
    );
    expect(created.status).toBe('draft');
  });
});

describe('the feature flag key (§3.2)', () => {
  it.each(['has space', 'emoji-🙂', 'slash/key', 'dot.key'])(
    '"%s" is not a valid key',
    async (key) => {
      await rejectCreate(
        body({ feature_flag_key: key }),
        invalid(
          'Only letters, numbers, hyphens (-) & underscores (_) are allowed.',
          'key',
          'invalid_key',
        ),
      );
    },
  );

  it('a key over 400 characters is refused', async () => {
    await rejectCreate(
      body({ feature_flag_key: 'k'.repeat(401) }),
      invalid(
        'Ensure this field has no more than 400 characters.',
        'feature_flag_key',
        'max_length',
      ),
    );
  });

  it('an existing flag is reused as it is: its variants win and its state is untouched', async () => {
    const first = await createExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 20 },
          { key: 'test', split_percent: 80 },
        ],
      },
    });
    await server.request('PATCH', `/api/projects/1/feature_flags/${first.feature_flag.id}/`, {
      active: true,
    });
    const second = await createExperiment(server, {
      feature_flag_key: first.feature_flag_key,
      parameters: { feature_flag_variants: TWO_VARIANTS },
    });
    expect(second.feature_flag.id).toBe(first.feature_flag.id);
    expect(second.feature_flag.active).toBe(true);
    expect(second.feature_flag.filters.multivariate.variants).toEqual([
      { key: 'control', rollout_percentage: 20 },
      { key: 'test', rollout_percentage: 80 },
    ]);
  });

  function insertFlag(key: string, variants: { key: string; rollout_percentage: number }[]) {
    insertRow(server.db, 'feature_flags', {
      team_id: 1,
      key,
      name: key,
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        ...(variants.length ? { multivariate: { variants } } : {}),
      },
      active: 1,
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    });
  }

  it.each([
    [
      'a boolean flag',
      [],
      'Feature flag must have at least 2 variants (control and at least one test variant)',
    ],
    [
      'a flag without control',
      [
        { key: 'a', rollout_percentage: 50 },
        { key: 'b', rollout_percentage: 50 },
      ],
      "Feature flag must have a variant with key 'control'",
    ],
  ])('reusing %s is refused', async (_label, flagVariants, detail) => {
    const key = uniqueKey('existing');
    insertFlag(key, flagVariants);
    await rejectCreate(body({ feature_flag_key: key }), invalid(detail));
  });
});

describe('metrics (§3.1, §3.3)', () => {
  it('gives each metric a uuid and a fingerprint, keeps a sent uuid, and fills the ordering', async () => {
    const created = await createExperiment(server, {
      metrics: [meanMetric('purchase'), meanMetric('signup', { uuid: 'mine-1' })],
      metrics_secondary: [
        { metric_type: 'funnel', series: [{ kind: 'EventsNode', event: 'checkout_started' }] },
      ],
    });
    const [first, second] = created.metrics;
    expect(first).toMatchObject({
      kind: 'ExperimentMetric',
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(second).toMatchObject({ uuid: 'mine-1', fingerprint: expect.any(String) });
    expect(created.metrics_secondary[0]).toMatchObject({
      kind: 'ExperimentMetric',
      metric_type: 'funnel',
    });
    expect(created.primary_metrics_ordered_uuids).toEqual([first.uuid, 'mine-1']);
    expect(created.secondary_metrics_ordered_uuids).toEqual([created.metrics_secondary[0].uuid]);
  });

  it('the same definition gets the same fingerprint; a different one another', async () => {
    const created = await createExperiment(server, {
      metrics: [
        meanMetric('purchase', { name: 'A' }),
        meanMetric('purchase', { name: 'B' }),
        meanMetric('signup'),
      ],
    });
    const [a, b, c] = created.metrics;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it.each([
    ['metrics', 'not a list', { metrics: 'purchase' }, 'Metrics must be a list'],
    [
      'metrics',
      'an item that is not a dict',
      { metrics: [meanMetric(), 7] },
      'Invalid metric at index 1: must be a dict',
    ],
    [
      'metrics',
      'a legacy trends query',
      { metrics: [{ kind: 'ExperimentTrendsQuery', count_query: {} }] },
      "Invalid metric at index 0: legacy metric kind 'ExperimentTrendsQuery' is no longer supported for new experiments. Use 'ExperimentMetric' instead.",
    ],
    [
      'metrics_secondary',
      'a legacy funnels query',
      { metrics_secondary: [{ kind: 'ExperimentFunnelsQuery' }] },
      "Invalid metric at index 0: legacy metric kind 'ExperimentFunnelsQuery' is no longer supported for new experiments. Use 'ExperimentMetric' instead.",
    ],
    [
      'metrics',
      'another kind',
      { metrics: [{ kind: 'TrendsQuery', metric_type: 'mean' }] },
      "Invalid metric at index 0: metric kind must be 'ExperimentMetric'",
    ],
    [
      'metrics',
      'a funnel without steps',
      { metrics: [{ kind: 'ExperimentMetric', metric_type: 'funnel', series: [] }] },
      'Invalid metric at index 0: funnel metrics require at least one step. The experiment exposure event is added as the initial step automatically.',
    ],
  ])('%s with %s', async (attr, _label, overrides, detail) => {
    await rejectCreate(body(overrides), invalid(detail, attr));
  });

  it('a metric that fails the schema names its index and the problems', async () => {
    const before = dbHash(server.db);
    const res = await server.request(
      'POST',
      EXPERIMENTS,
      body({ metrics: [meanMetric(), { kind: 'ExperimentMetric', metric_type: 'mean' }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      type: 'validation_error',
      code: 'invalid_input',
      detail: expect.stringMatching(/^Invalid metric at index 1: \[.*source.*\]$/),
      attr: 'metrics',
    });
    expect(dbHash(server.db)).toBe(before);
  });

  it('unknown keys inside a metric are refused (pydantic forbids extras)', async () => {
    await rejectCreate(
      body({ metrics: [meanMetric('purchase', { colour: 'red' })] }),
      invalid(
        expect.stringMatching(/^Invalid metric at index 0: \[/) as unknown as string,
        'metrics',
      ),
    );
  });

  it('events never ingested are refused unless allow_unknown_events', async () => {
    await rejectCreate(
      body({ metrics: [meanMetric('never_seen')], metrics_secondary: [meanMetric('also_new')] }),
      invalid(
        "Event(s) 'never_seen', 'also_new' not found. No events with these names have been ingested by this project. Check the spelling, or set allow_unknown_events to true to save the experiment anyway.",
      ),
    );
    const created = await createExperiment(server, {
      metrics: [meanMetric('never_seen')],
      allow_unknown_events: true,
    });
    expect(created.metrics[0].source.event).toBe('never_seen');
  });

  it('actions must exist and not be deleted', async () => {
    insertRow(server.db, 'actions', { id: 501, team_id: 1, name: 'Signed up' });
    insertRow(server.db, 'actions', { id: 502, team_id: 1, name: 'Gone', deleted: 1 });
    const actionMetric = (id: number) => ({
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      source: { kind: 'ActionsNode', id },
    });
    await rejectCreate(
      body({ metrics: [actionMetric(502), actionMetric(999)] }),
      invalid(
        'Action(s) with ID 502, 999 not found or deleted. Each ActionsNode must reference an existing action belonging to this project.',
      ),
    );
    const created = await createExperiment(server, { metrics: [actionMetric(501)] });
    expect(created.metrics[0].source.id).toBe(501);
  });

  it('a uuid used twice across primary and secondary is refused, and nothing is written', async () => {
    await rejectCreate(
      body({
        metrics: [meanMetric('purchase', { uuid: 'same' })],
        metrics_secondary: [meanMetric('signup', { uuid: 'same' })],
      }),
      invalid("Duplicate metric UUID: 'same'. Each metric must have a unique UUID."),
    );
  });

  it('metrics of every type are accepted', async () => {
    const ev = (event: string) => ({ kind: 'EventsNode', event });
    const created = await createExperiment(server, {
      metrics: [
        meanMetric('purchase', { goal: 'increase', lower_bound_percentile: 0.05 }),
        {
          metric_type: 'funnel',
          series: [ev('checkout_started'), ev('purchase')],
          funnel_order_type: 'ordered',
        },
        {
          metric_type: 'ratio',
          numerator: { ...ev('purchase'), math: 'dau' },
          denominator: ev('$pageview'),
        },
        {
          metric_type: 'retention',
          start_event: ev('signup'),
          completion_event: ev('purchase'),
          retention_window_start: 0,
          retention_window_end: 7,
          retention_window_unit: 'day',
          start_handling: 'first_seen',
        },
      ],
    });
    expect(created.metrics.map((m: { metric_type: string }) => m.metric_type)).toEqual([
      'mean',
      'funnel',
      'ratio',
      'retention',
    ]);
  });
});

describe('saved metrics on create (§3.1)', () => {
  let savedId: number;
  beforeAll(async () => {
    const res = await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
      name: 'Revenue per user',
      query: { ...meanMetric('purchase'), uuid: 'saved-uuid-1' },
    });
    expect(res.status).toBe(201);
    savedId = res.body.id;
  });

  it.each([
    ['not a list', { id: 1 }, 'Saved metrics must be a list'],
    ['an item that is not an object', [5], 'Saved metric must be an object'],
    ['an item without id', [{ metadata: { type: 'primary' } }], 'Saved metric must have an id'],
    [
      'metadata not an object',
      () => [{ id: savedId, metadata: 'primary' }],
      'Metadata must be an object',
    ],
    [
      'metadata without type',
      () => [{ id: savedId, metadata: {} }],
      'Metadata must have a type key',
    ],
    [
      'an id that does not exist',
      [{ id: 9999 }],
      'Saved metric does not exist or does not belong to this project',
    ],
  ])('%s', async (_label, ids, detail) => {
    const value = typeof ids === 'function' ? ids() : ids;
    await rejectCreate(body({ saved_metrics_ids: value }), invalid(detail, 'saved_metrics_ids'));
  });

  it('links saved metrics and lists their query uuids in the ordering', async () => {
    const created = await createExperiment(server, {
      metrics: [meanMetric('signup', { uuid: 'inline-1' })],
      saved_metrics_ids: [{ id: savedId, metadata: { type: 'primary' } }],
    });
    expect(created.saved_metrics).toEqual([
      {
        id: expect.any(Number),
        experiment: created.id,
        saved_metric: savedId,
        metadata: { type: 'primary' },
        created_at: expect.any(String),
        query: { ...meanMetric('purchase'), uuid: 'saved-uuid-1' },
        name: 'Revenue per user',
      },
    ]);
    expect(created.saved_metrics_ids).toBeNull();
    expect(created.primary_metrics_ordered_uuids).toEqual(['inline-1', 'saved-uuid-1']);
  });
});

describe('holdouts on create', () => {
  it('a holdout is linked and written into the flag', async () => {
    const holdout = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'Global 10%',
      filters: [{ properties: [], rollout_percentage: 10 }],
    });
    const created = await createExperiment(server, { holdout_id: holdout.body.id });
    expect(created.holdout_id).toBe(holdout.body.id);
    expect(created.holdout).toMatchObject({ id: holdout.body.id, name: 'Global 10%' });
    expect(created.feature_flag.filters.holdout).toEqual({
      id: holdout.body.id,
      exclusion_percentage: 10,
    });
  });
});

describe('atomicity', () => {
  it('a failure after the flag was made leaves no flag behind', async () => {
    const key = uniqueKey('atomic');
    await rejectCreate(
      {
        ...body({ feature_flag_key: key }),
        metrics: [meanMetric('purchase', { uuid: 'dup' }), meanMetric('signup', { uuid: 'dup' })],
      },
      invalid("Duplicate metric UUID: 'dup'. Each metric must have a unique UUID."),
    );
    const flags = await server.request('GET', `/api/projects/1/feature_flags/?search=${key}`);
    expect(flags.body.count).toBe(0);
  });
});
