import { describe, expect, it } from 'vitest';
import { expectRejected, invalid, NOT_FOUND } from '@/testing/server-helpers';
import {
  at,
  capture,
  exposure,
  launchedExperiment,
  mean,
  QUERY_PATH,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// The query endpoint's routes around the answer: both URL prefixes, the `/query/{Kind}/` form, no async
// queries, and the envelope PostHog's UI reads.

const server = useResultsServer();

const experimentQuery = (experimentId: number) => ({
  query: { kind: 'ExperimentQuery', experiment_id: experimentId, metric: mean('purchase') },
});

describe('routes', () => {
  it('checks the kind in the path against the body (PostHog’s create_with_kind)', async () => {
    const { id } = await launchedExperiment(server);
    await expectRejected(
      server,
      'POST',
      `${QUERY_PATH}ExperimentExposureQuery/`,
      experimentQuery(id),
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
    const res = await server.request('POST', `${QUERY_PATH}ExperimentQuery/`, experimentQuery(id));
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
    const body = { ...experimentQuery(id), refresh: 'force_async' };
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
    const res = await server.request('POST', '/api/projects/2/query/', experimentQuery(id));
    expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: NOT_FOUND });
  });
});
