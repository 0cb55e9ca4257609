import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Experiment } from '@/shared';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';

// Real PostHog payloads (contract §4): they parse with the shared lenient schema, and posted back to the
// embedded server (read-only fields dropped) they read back equal.

// Verbatim in-repo copies of shared/posthog/examples (each with its .source.txt).
const EXAMPLES_DIR = join(import.meta.dirname, '../../testing/fixtures/posthog');
type Json = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const readExample = (n: number): any =>
  JSON.parse(readFileSync(join(EXAMPLES_DIR, `posthog-experiment-example-${n}.json`), 'utf8'));

/** Fields the server computes or owns; PostHog ignores or refuses them in a create body. */
const READ_ONLY = [
  'id',
  'feature_flag',
  'holdout',
  'exposure_cohort',
  'saved_metrics',
  'created_by',
  'created_at',
  'updated_at',
  'status',
  'user_access_level',
];
const toCreateBody = (example: Json): Json =>
  Object.fromEntries(Object.entries(example).filter(([key]) => !READ_ONLY.includes(key)));
const withoutFingerprint = (metrics: Json[]) => metrics.map(({ fingerprint: _f, ...m }) => m);
const withSplitPercent = (variants: Json[]) =>
  variants.map((v) => ({ ...v, split_percent: v.rollout_percentage }));

let server: TestServer;
beforeAll(() => {
  server = createTestServer();
});
afterAll(() => server.close());

describe.each([
  { n: 1, state: 'draft', active: false },
  { n: 3, state: 'running', active: true },
])('posthog-experiment-example-$n.json ($state)', ({ n, state, active }) => {
  const example = readExample(n);

  it('parses with the shared Experiment schema, every key kept', () => {
    const parsed = Experiment.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(example);
  });

  it('posted without its read-only fields, reads back equal', async () => {
    const created = await server.request('POST', EXPERIMENTS, toCreateBody(example));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { body } = await server.request('GET', `${EXPERIMENTS}${created.body.id}/`);
    expect(body).toEqual(created.body);

    expect(body.name).toBe(example.name);
    expect(body.description).toBe(example.description);
    expect(body.start_date).toBe(example.start_date);
    expect(body.end_date).toBe(example.end_date);
    expect(body.status).toBe(state);
    expect(body.parameters).toEqual({
      ...example.parameters,
      feature_flag_variants: withSplitPercent(example.parameters.feature_flag_variants),
    });
    // Same metrics, each with the server's fingerprint; the sent uuids are kept.
    expect(withoutFingerprint(body.metrics)).toEqual(example.metrics);
    expect(withoutFingerprint(body.metrics_secondary)).toEqual(example.metrics_secondary);
    for (const metric of body.metrics) expect(metric.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // PostHog's create default fills filterTestAccounts when it is not sent.
    expect(body.exposure_criteria).toEqual({
      filterTestAccounts: true,
      ...example.exposure_criteria,
    });
    expect(body.primary_metrics_ordered_uuids).toEqual(example.primary_metrics_ordered_uuids);
    expect(body.secondary_metrics_ordered_uuids).toEqual(example.secondary_metrics_ordered_uuids);
    expect(body.secondary_metrics).toEqual(example.secondary_metrics);
    expect(body.filters).toEqual(example.filters);
    expect(body.type).toBe(example.type);
    expect(body.archived).toBe(example.archived);

    // The flag was made from the parameters: same variants and rollout as PostHog's flag.
    expect(body.feature_flag.key).toBe(example.feature_flag_key);
    expect(body.feature_flag.name).toBe(example.feature_flag.name);
    expect(body.feature_flag.active).toBe(active);
    expect(body.feature_flag.filters.multivariate.variants).toEqual(
      example.feature_flag.filters.multivariate.variants,
    );
    expect(body.feature_flag.filters.groups).toEqual(example.feature_flag.filters.groups);

    // And our own response parses with the same schema.
    expect(Experiment.safeParse(body).success).toBe(true);
  });
});

/**
 * A running experiment in the 0102861e shape, as PostHog answers today: frequentist stats, a mean and a
 * funnel metric with uuids and fingerprints, a linked saved metric, split_percent on variants, and a few
 * keys newer than the contract (which must survive parsing).
 */
function currentShapeExperiment(savedMetricId: number) {
  return {
    id: 4312,
    name: 'Checkout button copy',
    description: 'Does "Buy now" beat "Add to cart"?',
    start_date: '2026-01-12T09:30:00Z',
    end_date: null,
    feature_flag_key: 'checkout-button-copy',
    feature_flag: {
      id: 8841,
      team_id: 2,
      name: 'Feature Flag for Experiment Checkout button copy',
      key: 'checkout-button-copy',
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        multivariate: {
          variants: [
            { key: 'control', name: 'Add to cart', rollout_percentage: 50 },
            { key: 'buy-now', name: 'Buy now', rollout_percentage: 50 },
          ],
        },
        aggregation_group_type_index: null,
        holdout: null,
        payloads: {},
      },
      deleted: false,
      active: true,
      ensure_experience_continuity: false,
      has_encrypted_payloads: false,
      version: 3,
      evaluation_runtime: 'all',
      evaluation_tags: [],
      bucketing_identifier: 'distinct_id',
    },
    holdout: null,
    holdout_id: null,
    exposure_cohort: null,
    parameters: {
      feature_flag_variants: [
        { key: 'control', name: 'Add to cart', rollout_percentage: 50, split_percent: 50 },
        { key: 'buy-now', name: 'Buy now', rollout_percentage: 50, split_percent: 50 },
      ],
      minimum_detectable_effect: 20,
      recommended_running_time: 14,
      recommended_sample_size: 5200,
      variant_notes: { 'buy-now': 'Copy from the Q4 test' },
    },
    secondary_metrics: [],
    saved_metrics: [
      {
        id: 77,
        experiment: 4312,
        saved_metric: savedMetricId,
        metadata: { type: 'primary' },
        created_at: '2026-01-10T16:02:11.402871Z',
        query: {
          kind: 'ExperimentMetric',
          uuid: '3f0c1a52-7f4e-4bd8-9d61-2a9f6b1c0e77',
          metric_type: 'mean',
          source: { kind: 'EventsNode', event: 'purchase', math: 'sum', math_property: 'revenue' },
          fingerprint: 'a5f1c0de9b2e4f6a8c3d7e1f0b9a2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b',
        },
        name: 'Revenue per user',
      },
    ],
    saved_metrics_ids: null,
    filters: {},
    archived: false,
    deleted: false,
    created_by: {
      id: 14,
      uuid: '0194b2c1-5e8f-0000-2d4a-9e1b7c3f5a6d',
      distinct_id: 'k3Ck7sYp2QvLr9',
      first_name: 'Dana',
      last_name: 'Ortiz',
      email: 'dana@example.com',
      is_email_verified: true,
      hedgehog_config: null,
      role_at_organization: 'product',
    },
    created_at: '2026-01-10T15:58:40.118223Z',
    updated_at: '2026-01-12T09:30:02.551907Z',
    type: 'product',
    exposure_criteria: {
      filterTestAccounts: true,
      exposure_config: {
        kind: 'ExperimentEventExposureConfig',
        event: '$pageview',
        properties: [
          { key: '$current_url', value: '/checkout', operator: 'icontains', type: 'event' },
        ],
      },
      multiple_variant_handling: 'exclude',
    },
    metrics: [
      {
        kind: 'ExperimentMetric',
        uuid: 'c1d7e2f0-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
        name: 'Purchases per user',
        metric_type: 'mean',
        goal: 'increase',
        source: { kind: 'EventsNode', event: 'purchase', math: 'total' },
        fingerprint: '0d1c2b3a49586776a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f00f1e',
      },
      {
        kind: 'ExperimentMetric',
        uuid: '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
        name: 'Checkout funnel',
        metric_type: 'funnel',
        series: [
          { kind: 'EventsNode', event: 'checkout_started' },
          { kind: 'EventsNode', event: 'purchase' },
        ],
        funnel_order_type: 'ordered',
        conversion_window: 14,
        conversion_window_unit: 'day',
        fingerprint: 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f',
      },
    ],
    metrics_secondary: [],
    stats_config: { method: 'frequentist', frequentist: { alpha: 0.05 } },
    scheduling_config: null,
    conclusion: null,
    conclusion_comment: null,
    primary_metrics_ordered_uuids: [
      'c1d7e2f0-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
      '3f0c1a52-7f4e-4bd8-9d61-2a9f6b1c0e77',
      '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    ],
    secondary_metrics_ordered_uuids: [],
    only_count_matured_users: false,
    status: 'running',
    user_access_level: 'editor',
    // Keys newer than the contract.
    running_time_calculation: { minimum_detectable_effect: 20 },
    is_legacy: false,
  };
}

describe('a current-shape PostHog experiment (frequentist, mean + funnel, saved metric)', () => {
  it('parses leniently and keeps every unknown key, at every level', () => {
    const payload = currentShapeExperiment(5);
    const parsed = Experiment.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(payload);
    const data = parsed.data as Json & typeof payload;
    expect(data.running_time_calculation).toEqual({ minimum_detectable_effect: 20 });
    expect(data.feature_flag.bucketing_identifier).toBe('distinct_id');
    expect(data.parameters.variant_notes).toEqual({ 'buy-now': 'Copy from the Q4 test' });
    expect(data.saved_metrics[0]?.query.fingerprint).toEqual(expect.any(String));
  });

  it('tolerates values PostHog may add later (a new status, metric type, conclusion)', () => {
    const payload = {
      ...currentShapeExperiment(5),
      status: 'exposure_frozen',
      conclusion: 'partially_won',
      metrics: [
        { kind: 'ExperimentMetric', metric_type: 'cohort_retention', uuid: 'u-1', window: 7 },
      ],
    };
    const parsed = Experiment.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.metrics?.[0]).toEqual(payload.metrics[0]);
  });

  it('posted (read-only and newer keys dropped, the saved metric linked by id), reads back equal', async () => {
    const saved = await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
      name: 'Revenue per user',
      query: {
        kind: 'ExperimentMetric',
        uuid: '3f0c1a52-7f4e-4bd8-9d61-2a9f6b1c0e77',
        metric_type: 'mean',
        source: { kind: 'EventsNode', event: 'purchase', math: 'sum', math_property: 'revenue' },
      },
    });
    expect(saved.status).toBe(201);
    const payload = currentShapeExperiment(saved.body.id);
    const { running_time_calculation: _r, is_legacy: _l, ...known } = payload;
    const body = {
      ...toCreateBody(known),
      saved_metrics_ids: payload.saved_metrics.map((l) => ({
        id: l.saved_metric,
        metadata: l.metadata,
      })),
    };
    const created = await server.request('POST', EXPERIMENTS, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { body: read } = await server.request('GET', `${EXPERIMENTS}${created.body.id}/`);
    expect(read).toMatchObject({
      name: payload.name,
      description: payload.description,
      status: 'running',
      parameters: payload.parameters,
      stats_config: payload.stats_config,
      exposure_criteria: payload.exposure_criteria,
      primary_metrics_ordered_uuids: payload.primary_metrics_ordered_uuids,
      secondary_metrics_ordered_uuids: [],
    });
    expect(withoutFingerprint(read.metrics)).toEqual(withoutFingerprint(payload.metrics));
    expect(read.saved_metrics).toEqual([
      {
        id: expect.any(Number),
        experiment: read.id,
        saved_metric: saved.body.id,
        metadata: { type: 'primary' },
        created_at: expect.any(String),
        query: saved.body.query,
        name: 'Revenue per user',
      },
    ]);
    expect(read.feature_flag.filters.multivariate.variants).toEqual(
      payload.feature_flag.filters.multivariate.variants,
    );
    expect(read.feature_flag.active).toBe(true);
  });
});
