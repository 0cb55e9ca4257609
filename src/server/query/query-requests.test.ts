import { describe, expect, it } from 'vitest';
import {
  createExperiment,
  expectRawRejected,
  expectRejected,
  invalid,
} from '@/testing/server-helpers';
import { launchedExperiment, mean, QUERY_PATH } from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// PostHog's 400s for query bodies this server cannot run: nothing is run and nothing is written.

const server = useResultsServer();

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
});
