import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  expectRawRejected,
  expectRejected,
  invalid,
  NOT_FOUND,
} from '@/testing/server-helpers';
import {
  at,
  capture,
  exposure,
  launchedExperiment,
  mean,
  NOW,
  QUERY_PATH,
} from './testing/results-fixture';

// The query endpoint's contract around the results: PostHog's 400s for bodies it cannot run (nothing is
// run and nothing is written), both URL prefixes, the `/query/{Kind}/` form, and the answer's envelope.

let server: TestServer;
beforeEach(() => {
  server = createTestServer({ now: () => NOW });
});
afterEach(() => server.close());

const parseError = (detail: string) => ({
  type: 'invalid_request',
  code: 'parse_error',
  detail: `JSON parse error - ${detail}`,
  attr: null,
});

const experimentQuery = (extra: Record<string, unknown> = {}) => ({
  query: { kind: 'ExperimentQuery', experiment_id: 1, metric: mean('purchase'), ...extra },
});

describe('bad bodies: PostHog 400, nothing run, nothing written', () => {
  it('refuses every other query kind, HogQL first of all', async () => {
    await launchedExperiment(server);
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      { query: { kind: 'HogQLQuery', query: 'select count() from events' } },
      400,
      invalid(
        'This server only answers experiment queries (ExperimentQuery, ExperimentExposureQuery), not HogQLQuery.',
        'query__kind',
      ),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      { query: { kind: 'TrendsQuery', series: [] } },
      400,
      invalid(
        'This server only answers experiment queries (ExperimentQuery, ExperimentExposureQuery), not TrendsQuery.',
        'query__kind',
      ),
    );
  });

  it('answers a body that is not JSON with a parse error', async () => {
    const body = await expectRawRejected(server, 'POST', QUERY_PATH, '{"query": ', 400, {
      type: 'invalid_request',
      code: 'parse_error',
    });
    expect(body.detail).toMatch(/^JSON parse error - /);
  });

  it('needs the query, with a kind', async () => {
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      {},
      400,
      parseError('query: This field is required.'),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      { query: { experiment_id: 1 } },
      400,
      parseError('query.kind: This field is required.'),
    );
  });

  it('needs an experiment id, as PostHog’s runner does', async () => {
    for (const id of [undefined, null, 0]) {
      await expectRejected(
        server,
        'POST',
        QUERY_PATH,
        experimentQuery({ experiment_id: id }),
        400,
        invalid('experiment_id is required'),
      );
    }
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      { query: { kind: 'ExperimentExposureQuery' } },
      400,
      invalid('experiment_id is required'),
    );
  });

  it('answers an id that names no experiment of the project with PostHog’s message', async () => {
    for (const id of [-4, 999]) {
      await expectRejected(
        server,
        'POST',
        QUERY_PATH,
        experimentQuery({ experiment_id: id }),
        400,
        invalid(`Experiment with id ${id} not found`),
      );
    }
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({ experiment_id: 1.5 }),
      400,
      parseError('query.experiment_id: A valid integer is required.'),
    );
  });

  it('validates the metric strictly', async () => {
    const { id } = await launchedExperiment(server);
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({
        experiment_id: id,
        metric: { kind: 'ExperimentMetric', metric_type: 'median' },
      }),
      400,
      parseError(
        "query.metric.metric_type: Invalid discriminator value. Expected 'mean' | 'funnel' | 'ratio' | 'retention'",
      ),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({ experiment_id: id, metric: { ...mean('purchase'), source: undefined } }),
      400,
      parseError('query.metric.source: This field is required.'),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({
        experiment_id: id,
        metric: { ...mean('purchase'), sql: 'drop table events' },
      }),
      400,
      parseError('query.metric: Unknown field(s): sql.'),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      { ...experimentQuery({ experiment_id: id }), hogql: 'select 1' },
      400,
      parseError('Unknown field(s): hogql.'),
    );
  });

  it('refuses what this server cannot compute rather than answering wrongly', async () => {
    const { id } = await launchedExperiment(server);
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({
        experiment_id: id,
        metric: mean('purchase', { math: 'hogql', math_hogql: 'sum(1)' }),
      }),
      400,
      invalid('HogQL math is not supported by this server.', 'math'),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({
        experiment_id: id,
        metric: mean('purchase', { properties: [{ key: 'id', value: 2, type: 'cohort' }] }),
      }),
      400,
      invalid('Property filters of type "cohort" are not supported by this server.', 'properties'),
    );
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({
        experiment_id: id,
        metric: mean('purchase', { properties: [{ key: 'plan', value: '(', operator: 'regex' }] }),
      }),
      400,
      invalid(
        'Invalid regular expression: Invalid regular expression: /(/: Unterminated group',
        'properties',
      ),
    );
  });

  it('answers a draft with a clear 400', async () => {
    const draft = await createExperiment(server);
    await expectRejected(
      server,
      'POST',
      QUERY_PATH,
      experimentQuery({ experiment_id: draft.id }),
      400,
      invalid('Experiment has not been started yet'),
    );
  });

  it('checks the kind in the path against the body (PostHog’s create_with_kind)', async () => {
    const { id } = await launchedExperiment(server);
    await expectRejected(
      server,
      'POST',
      `${QUERY_PATH}ExperimentExposureQuery/`,
      experimentQuery({ experiment_id: id }),
      400,
      invalid(
        'Query kind mismatch: path kind "ExperimentExposureQuery" does not match body kind "ExperimentQuery".',
      ),
    );
    await expectRejected(
      server,
      'POST',
      `${QUERY_PATH}ExperimentQuery/`,
      { query: 'select 1' },
      400,
      invalid('Query must be a JSON object.'),
    );
    const res = await server.request(
      'POST',
      `${QUERY_PATH}ExperimentQuery/`,
      experimentQuery({ experiment_id: id }),
    );
    expect(res.status).toBe(200);
  });

  it('has no async queries to poll or cancel, and no list', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await server.request(
        method,
        `${QUERY_PATH}0190a000-0000-7000-8000-000000000001/`,
      );
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: NOT_FOUND });
    }
    const list = await server.request('GET', QUERY_PATH);
    expect(list.status).toBe(405);
  });
});

describe('answers', () => {
  it('answers synchronously on both prefixes with PostHog’s envelope', async () => {
    const { id, flagKey } = await launchedExperiment(server);
    await capture(server, [exposure(flagKey, 'a', 'control', at(2))]);
    const body = { ...experimentQuery({ experiment_id: id }), refresh: 'force_async' };
    const projects = await server.request('POST', '/api/projects/1/query/', body);
    const environments = await server.request('POST', '/api/environments/@current/query/', body);
    expect(projects.status).toBe(200);
    expect(environments.body).toEqual(projects.body);
    expect(projects.body).toMatchObject({
      kind: 'ExperimentQuery',
      // PostHog's legacy keys, null on new-style results.
      credible_intervals: null,
      insight: null,
      metric: null,
      p_value: null,
      probability: null,
      significance_code: null,
      significant: null,
      stats_version: null,
      variants: null,
      breakdown_results: null,
      is_precomputed: false,
      // The cached-response fields of an answer computed now.
      is_cached: false,
      last_refresh: '2025-01-20T00:00:00.000Z',
      next_allowed_client_refresh: '2025-01-20T00:01:00.000Z',
      cache_target_age: '2025-01-21T00:00:00.000Z',
      timezone: 'UTC',
      query_status: null,
    });
    expect(projects.body.cache_key).toMatch(/^cache_[0-9a-f]{32}$/);
  });

  it('does not answer for another project’s experiment', async () => {
    const { id } = await launchedExperiment(server);
    const res = await server.request(
      'POST',
      '/api/projects/2/query/',
      experimentQuery({ experiment_id: id }),
    );
    expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: NOT_FOUND });
  });
});
