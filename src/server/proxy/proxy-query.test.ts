import { describe, expect, it } from 'vitest';
import { proxyTo, useRecordingUpstream } from './testing/fake-upstream';

/**
 * The proxy and PostHog's query endpoint: only experiment queries for one experiment may reach PostHog
 * (its query endpoint would otherwise run any HogQL with the server's key); async answers pass through.
 */
const upstream = useRecordingUpstream(() => ({
  status: 200,
  body: { kind: 'ExperimentQuery', baseline: null },
}));

const KEY = 'phx_secret_query_key_0123456789';
const HOST = '127.0.0.1:4400';
const app = () => proxyTo(upstream.url, KEY);
const post = (path: string, body: string) =>
  app().request(`http://${HOST}${path}`, {
    method: 'POST',
    headers: { host: HOST, 'content-type': 'application/json' },
    body,
  });

const metric = {
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: '$pageview' },
};

describe('proxy: the query endpoint', () => {
  it.each([
    ['ExperimentQuery', { kind: 'ExperimentQuery', experiment_id: 12, metric }],
    ['ExperimentExposureQuery', { kind: 'ExperimentExposureQuery', experiment_id: 12 }],
  ])('forwards an %s for one experiment, with the key and the body unchanged', async (_, query) => {
    const body = JSON.stringify({ query, refresh: 'async' });
    const res = await post('/api/projects/@current/query/', body);
    expect(res.status).toBe(200);
    expect(upstream.recorded).toHaveLength(1);
    expect(upstream.recorded[0]?.url).toBe('/api/projects/7/query/');
    expect(upstream.recorded[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(upstream.recorded[0]?.body).toBe(body);
  });

  it.each([
    [
      'a HogQL query',
      { query: { kind: 'HogQLQuery', query: 'select * from persons' } },
      'query.kind',
    ],
    ['a trends query', { query: { kind: 'TrendsQuery', series: [] } }, 'query.kind'],
    ['no experiment id', { query: { kind: 'ExperimentQuery', metric } }, 'query.experiment_id'],
    [
      'a negative experiment id',
      { query: { kind: 'ExperimentExposureQuery', experiment_id: -1 } },
      'query.experiment_id',
    ],
    [
      'a string experiment id',
      { query: { kind: 'ExperimentQuery', experiment_id: '12', metric } },
      'query.experiment_id',
    ],
    [
      'an unknown top-level key',
      { query: { kind: 'ExperimentExposureQuery', experiment_id: 1 }, sql: 'select 1' },
      null,
    ],
    ['no query', { refresh: 'async' }, 'query'],
  ])('refuses %s locally: 400 and nothing reaches PostHog', async (_, body, attr) => {
    const res = await post('/api/projects/@current/query/', JSON.stringify(body));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { type: string; attr: string | null };
    expect(problem.type).toBe('validation_error');
    if (attr) expect(problem.attr).toBe(attr);
    expect(upstream.recorded).toHaveLength(0);
  });

  it('refuses a body that is not JSON, and one too large to be a query, without forwarding', async () => {
    expect((await post('/api/projects/@current/query/', '{not json')).status).toBe(400);
    const huge = JSON.stringify({
      query: {
        kind: 'ExperimentExposureQuery',
        experiment_id: 1,
        experiment_name: 'x'.repeat(2e6),
      },
    });
    expect((await post('/api/projects/@current/query/', huge)).status).toBe(413);
    expect(upstream.recorded).toHaveLength(0);
  });

  it('never forwards the kind-in-path form, the environments prefix or a cancel', async () => {
    const body = JSON.stringify({ query: { kind: 'HogQLQuery', query: 'select 1' } });
    expect((await post('/api/projects/@current/query/HogQLQuery/', body)).status).toBe(404);
    expect((await post('/api/environments/7/query/', body)).status).toBe(404);
    const cancel = await app().request(`http://${HOST}/api/projects/@current/query/abc/`, {
      method: 'DELETE',
      headers: { host: HOST },
    });
    expect(cancel.status).toBe(404);
    expect(upstream.recorded).toHaveLength(0);
  });

  it("passes PostHog's async answer (202) and the polling of its status through", async () => {
    upstream.answer = (req) =>
      req.method === 'POST'
        ? { status: 202, body: { query_status: { id: 'q-1', complete: false } } }
        : { status: 200, body: { query_status: { id: 'q-1', complete: true, results: {} } } };
    const body = JSON.stringify({
      query: { kind: 'ExperimentExposureQuery', experiment_id: 3 },
      refresh: 'force_async',
    });
    const started = await post('/api/projects/@current/query/', body);
    expect(started.status).toBe(202);
    const polled = await app().request(`http://${HOST}/api/projects/@current/query/q-1/`, {
      headers: { host: HOST },
    });
    expect(polled.status).toBe(200);
    expect(upstream.recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/projects/7/query/',
      'GET /api/projects/7/query/q-1/',
    ]);
  });
});
