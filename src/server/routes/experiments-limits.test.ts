import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_EXPERIMENT_BYTES,
  MAX_FUNNEL_STEPS,
  MAX_METRICS_PER_LIST,
  MAX_SAVED_METRICS,
} from '../http/limits';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  dbHash,
  expectRejected,
  invalid,
  uniqueKey,
} from '@/testing/server-helpers';

// Issue 16, finding 1: `POST experiments/` with the same saved metric 300,000 times answered 201 after
// 24 s, and from then on every read of the experiment carried 155 MB; 100,000 metrics or a 19 MB `filters`
// did the same. Now: the body limit refuses those outright, and under it every list and free-form field is
// capped, duplicate links refused, each with PostHog's error body and attr, and nothing written.

let server: TestServer;
let savedMetricId: number;
const METRIC = {
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: 'purchase' },
};
const P = '/api/projects/1';

beforeAll(async () => {
  server = createTestServer();
  const saved = await server.request('POST', `${P}/experiment_saved_metrics/`, {
    name: 'Revenue',
    query: METRIC,
  });
  savedMetricId = saved.body.id;
  // The tables below are built before this runs, so they name the id the fresh database gives.
  expect(savedMetricId).toBe(1);
});
afterAll(() => server.close());

const body = (overrides: Record<string, unknown>) => ({
  name: 'Limits',
  feature_flag_key: uniqueKey('limits'),
  ...overrides,
});
const link = () => ({ id: 1, metadata: { type: 'primary' } });
const tooLarge = {
  type: 'invalid_request',
  code: 'request_too_large',
  detail: 'Request body exceeds 1 MB.',
  attr: null,
};

describe('the reported bodies are refused before they are read (413)', () => {
  it.each([
    ['the same saved metric 300,000 times', { saved_metrics_ids: Array(300_000).fill(link()) }],
    ['100,000 metrics', { metrics: Array(100_000).fill(METRIC) }],
    ['a 19 MB filters array', { filters: { properties: [], junk: 'x'.repeat(19 * 1024 * 1024) } }],
  ])('%s', async (_, overrides) => {
    await expectRejected(server, 'POST', EXPERIMENTS, body(overrides), 413, tooLarge);
  });
});

describe('under the body limit, lists and free-form fields are capped (400 on the field)', () => {
  const tooMany = (attr: string, max: number) =>
    invalid(`Ensure this field has no more than ${max} elements.`, attr, 'max_length');
  const tooBig = (attr: string) =>
    invalid('Ensure this field is no larger than 64 kB as JSON.', attr, 'max_length');
  const funnel = (steps: number) => ({
    kind: 'ExperimentMetric',
    metric_type: 'funnel',
    series: Array.from({ length: steps }, () => ({ kind: 'EventsNode', event: 'purchase' })),
  });

  it.each([
    [
      'the same saved metric 20,000 times',
      { saved_metrics_ids: Array(20_000).fill(link()) },
      tooMany('saved_metrics_ids', MAX_SAVED_METRICS),
    ],
    [
      'one saved metric linked twice',
      { saved_metrics_ids: [link(), link()] },
      invalid(
        `Duplicate saved metric id: ${1}. Each shared metric can be linked once.`,
        'saved_metrics_ids',
      ),
    ],
    [
      `${MAX_METRICS_PER_LIST + 1} metrics`,
      { metrics: Array(MAX_METRICS_PER_LIST + 1).fill(METRIC) },
      tooMany('metrics', MAX_METRICS_PER_LIST),
    ],
    [
      `${MAX_METRICS_PER_LIST + 1} secondary metrics`,
      { metrics_secondary: Array(MAX_METRICS_PER_LIST + 1).fill(METRIC) },
      tooMany('metrics_secondary', MAX_METRICS_PER_LIST),
    ],
    [
      `a funnel of ${MAX_FUNNEL_STEPS + 1} steps`,
      { metrics: [METRIC, funnel(MAX_FUNNEL_STEPS + 1)] },
      invalid(
        `Invalid metric at index 1: a funnel may have at most ${MAX_FUNNEL_STEPS} steps.`,
        'metrics',
        'max_length',
      ),
    ],
    [
      'a metric of 100 kB',
      {
        metrics: [
          { ...METRIC, source: { ...METRIC.source, properties: [{ key: 'x'.repeat(100_000) }] } },
        ],
      },
      invalid('Invalid metric at index 0: larger than 64 kB as JSON.', 'metrics', 'max_length'),
    ],
    ['filters of 100 kB', { filters: { junk: 'x'.repeat(100_000) } }, tooBig('filters')],
    [
      'parameters of 100 kB',
      { parameters: { feature_flag_payloads: { control: 'x'.repeat(100_000) } } },
      tooBig('parameters'),
    ],
    [
      'secondary_metrics of 100 kB',
      { secondary_metrics: ['x'.repeat(100_000)] },
      tooBig('secondary_metrics'),
    ],
    [
      'scheduling_config of 100 kB',
      { scheduling_config: { x: 'x'.repeat(100_000) } },
      tooBig('scheduling_config'),
    ],
    [
      'an ordering of 20,000 uuids',
      { primary_metrics_ordered_uuids: Array(20_000).fill('u') },
      tooMany('primary_metrics_ordered_uuids', MAX_METRICS_PER_LIST + MAX_SAVED_METRICS),
    ],
    [
      'fields each under their cap, together over the experiment’s',
      {
        filters: { junk: 'x'.repeat(60_000) },
        secondary_metrics: ['x'.repeat(60_000)],
        scheduling_config: { x: 'x'.repeat(60_000) },
        exposure_criteria: { x: 'x'.repeat(60_000) },
        stats_config: { x: 'x'.repeat(60_000) },
      },
      invalid(
        `This experiment would be larger than ${MAX_EXPERIMENT_BYTES / 1024} kB as JSON: use fewer or smaller metrics and filters.`,
      ),
    ],
  ])('create: %s', async (_, overrides, expected) => {
    await expectRejected(server, 'POST', EXPERIMENTS, body(overrides), 400, expected);
  });

  it('update: the same caps on PATCH and PUT', async () => {
    const { id, feature_flag_key } = await createExperiment(server);
    const path = `${EXPERIMENTS}${id}/`;
    await expectRejected(
      server,
      'PATCH',
      path,
      { saved_metrics_ids: [link(), link()] },
      400,
      invalid(
        `Duplicate saved metric id: ${1}. Each shared metric can be linked once.`,
        'saved_metrics_ids',
      ),
    );
    await expectRejected(
      server,
      'PUT',
      path,
      { name: 'x', feature_flag_key, filters: { junk: 'x'.repeat(100_000) } },
      400,
      invalid('Ensure this field is no larger than 64 kB as JSON.', 'filters', 'max_length'),
    );
    // Grown one field at a time, each under its cap, the experiment still stops at its own.
    for (const field of [
      'filters',
      'scheduling_config',
      'exposure_criteria',
      'secondary_metrics',
    ]) {
      const res = await server.request('PATCH', path, { [field]: { x: 'x'.repeat(60_000) } });
      expect(res.status).toBe(200);
    }
    const before = dbHash(server.db);
    const res = await server.request('PATCH', path, { stats_config: { x: 'x'.repeat(60_000) } });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/larger than 256 kB/);
    expect(dbHash(server.db)).toBe(before);
  });

  it('shared metrics and holdouts: their free-form field is capped too', async () => {
    await expectRejected(
      server,
      'POST',
      `${P}/experiment_saved_metrics/`,
      { name: 'Huge', query: { ...METRIC, junk: 'x'.repeat(100_000) } },
      400,
      invalid('Ensure this field is no larger than 64 kB as JSON.', 'query', 'max_length'),
    );
    await expectRejected(
      server,
      'POST',
      `${P}/experiment_holdouts/`,
      { name: 'Huge', filters: [{ properties: ['x'.repeat(100_000)], rollout_percentage: 10 }] },
      400,
      invalid('Ensure this field is no larger than 64 kB as JSON.', 'filters', 'max_length'),
    );
  });
});

describe('what is accepted stays bounded when read back', () => {
  it('the largest experiment the caps allow reads back in well under a megabyte, and so does a list page', async () => {
    const saved: { id: number; metadata: { type: string } }[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await server.request('POST', `${P}/experiment_saved_metrics/`, {
        name: `Shared ${i}`,
        query: METRIC,
      });
      saved.push({ id: res.body.id, metadata: { type: 'primary' } });
    }
    const big = await createExperiment(server, {
      metrics: Array.from({ length: MAX_METRICS_PER_LIST }, () => METRIC),
      saved_metrics_ids: saved,
      filters: { junk: 'x'.repeat(60_000) },
      scheduling_config: { x: 'x'.repeat(60_000) },
    });
    const one = await server.raw('GET', `${EXPERIMENTS}${big.id}/`);
    expect((await one.text()).length).toBeLessThan(MAX_EXPERIMENT_BYTES + 64 * 1024);
    const page = await server.raw('GET', `${EXPERIMENTS}?limit=50`);
    expect(page.status).toBe(200);
    expect((await page.text()).length).toBeLessThan(50 * (MAX_EXPERIMENT_BYTES + 64 * 1024));
  });
});
