import { describe, expect, it } from 'vitest';
import {
  createExperiment,
  expectRawRejected,
  expectRejected,
  invalid,
  type ErrorBody,
} from '@/testing/server-helpers';
import { launchedExperiment, mean, QUERY_PATH } from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// PostHog's 400s for query bodies this server cannot run: nothing is run and nothing is written
// (expectRejected compares the database before and after).

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

const onlyExperimentKinds = (kind: string) =>
  invalid(
    `This server only answers experiment queries (ExperimentQuery, ExperimentExposureQuery), not ${kind}.`,
    'query__kind',
  );

/** A refused body: what it is, the body (given a launched experiment's id), and PostHog's answer. */
type Refusal = [name: string, body: (experimentId: number) => unknown, error: ErrorBody];

/** Each case runs against a launched experiment with no events, so a body that ran would answer 200. */
function refusesEach(cases: Refusal[]) {
  it.each(cases)('%s', async (_name, body, error) => {
    const { id } = await launchedExperiment(server);
    await expectRejected(server, 'POST', QUERY_PATH, body(id), 400, error);
  });
}

describe('bad bodies: PostHog 400, nothing run, nothing written', () => {
  describe('refuses every other query kind, HogQL first of all', () => {
    refusesEach([
      [
        'HogQL',
        () => ({ query: { kind: 'HogQLQuery', query: 'select count() from events' } }),
        onlyExperimentKinds('HogQLQuery'),
      ],
      [
        'trends',
        () => ({ query: { kind: 'TrendsQuery', series: [] } }),
        onlyExperimentKinds('TrendsQuery'),
      ],
    ]);
  });

  it('answers a body that is not JSON with a parse error', async () => {
    const body = await expectRawRejected(server, 'POST', QUERY_PATH, '{"query": ', 400, {
      type: 'invalid_request',
      code: 'parse_error',
    });
    expect(body.detail).toMatch(/^JSON parse error - /);
  });

  describe('needs the query, with a kind', () => {
    refusesEach([
      ['no query', () => ({}), parseError('query: This field is required.')],
      [
        'a query without a kind',
        () => ({ query: { experiment_id: 1 } }),
        parseError('query.kind: This field is required.'),
      ],
    ]);
  });

  describe('needs an experiment id, as PostHog’s runner does', () => {
    const required = invalid('experiment_id is required');
    refusesEach([
      ...[undefined, null, 0].map((id): Refusal => [
        `experiment_id ${String(id)}`,
        () => experimentQuery({ experiment_id: id }),
        required,
      ]),
      [
        'an exposure query without one',
        () => ({ query: { kind: 'ExperimentExposureQuery' } }),
        required,
      ],
    ]);
  });

  describe('answers an id that names no experiment of the project with PostHog’s message', () => {
    refusesEach([
      ...[-4, 999].map((id): Refusal => [
        `experiment ${id}`,
        () => experimentQuery({ experiment_id: id }),
        invalid(`Experiment with id ${id} not found`),
      ]),
      [
        'a fractional id',
        () => experimentQuery({ experiment_id: 1.5 }),
        parseError('query.experiment_id: A valid integer is required.'),
      ],
    ]);
  });

  describe('validates the metric strictly', () => {
    refusesEach([
      [
        'an unknown metric type',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: { kind: 'ExperimentMetric', metric_type: 'median' },
          }),
        parseError(
          "query.metric.metric_type: Invalid discriminator value. Expected 'mean' | 'funnel' | 'ratio' | 'retention'",
        ),
      ],
      [
        'a mean metric without its source',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: { ...mean('purchase'), source: undefined },
          }),
        parseError('query.metric.source: This field is required.'),
      ],
      [
        'an unknown metric field',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: { ...mean('purchase'), sql: 'drop table events' },
          }),
        parseError('query.metric: Unknown field(s): sql.'),
      ],
      [
        'an unknown body field',
        (id) => ({ ...experimentQuery({ experiment_id: id }), hogql: 'select 1' }),
        parseError('Unknown field(s): hogql.'),
      ],
    ]);
  });

  describe('refuses what this server cannot compute rather than answering wrongly', () => {
    refusesEach([
      [
        'HogQL math',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: mean('purchase', { math: 'hogql', math_hogql: 'sum(1)' }),
          }),
        invalid('HogQL math is not supported by this server.', 'math'),
      ],
      [
        'a cohort filter',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: mean('purchase', { properties: [{ key: 'id', value: 2, type: 'cohort' }] }),
          }),
        invalid(
          'Property filters of type "cohort" are not supported by this server.',
          'properties',
        ),
      ],
      [
        'a regular expression that does not compile',
        (id) =>
          experimentQuery({
            experiment_id: id,
            metric: mean('purchase', {
              properties: [{ key: 'plan', value: '(', operator: 'regex' }],
            }),
          }),
        invalid(
          'Invalid regular expression: Invalid regular expression: /(/: Unterminated group',
          'properties',
        ),
      ],
    ]);
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
