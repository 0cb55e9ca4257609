import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { brokenJson, fieldValue, keyFor, weirdString } from '@/testing/robustness/arbitraries';
import {
  at,
  capture,
  event,
  exposure,
  launchedExperiment,
  NOW,
  QUERY_PATH,
} from './testing/results-fixture';

// Generated query bodies, mutated at every level (body, query node, metric, source, property filter):
// never a 5xx, every 4xx is PostHog's error body, and the database never changes, whatever the answer
// (a query only reads). FC_SEED / FC_RUNS as in src/testing/robustness.

const SEED = Number(process.env.FC_SEED ?? 20_250_120);
const RUNS = Number(process.env.FC_RUNS ?? 1);

let server: TestServer;
let experimentId = 0;

beforeAll(async () => {
  server = createTestServer({ now: () => NOW });
  const { id, flagKey } = await launchedExperiment(server);
  experimentId = id;
  server.db
    .prepare('INSERT INTO actions (id, team_id, name, steps) VALUES (1, 1, ?, ?)')
    .run('Bought', JSON.stringify([{ event: 'purchase', url: 'shop', url_matching: 'regex' }]));
  await capture(server, [
    exposure(flagKey, 'a', 'control', at(2)),
    event('a', 'purchase', at(3), { revenue: 3, plan: 'pro', $session_id: 's' }),
    exposure(flagKey, 'b', 'test', at(2)),
    event('b', 'purchase', at(4), { revenue: '7' }),
  ]);
});
afterAll(() => server.close());

/** Valid values with some keys replaced (by hostile values or `inner` ones) or dropped. */
function mutated<T extends Record<string, unknown>>(
  valid: readonly T[],
  known: readonly string[],
  inner: fc.Arbitrary<unknown> = fieldValue,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.constantFrom(...valid),
      fc.dictionary(keyFor(known), fc.oneof(fieldValue, inner), { maxKeys: 2 }),
      fc.subarray([...known], { maxLength: 1 }),
    )
    .map(([base, changes, dropped]) => {
      const value: Record<string, unknown> = { ...base, ...changes };
      for (const key of dropped) delete value[key];
      return value;
    });
}

const filter = mutated(
  [
    { key: 'plan', value: 'pro', operator: 'exact', type: 'event' },
    { key: 'revenue', value: [1, 5], operator: 'between' },
    { key: 'email', value: '^a.*$', operator: 'regex', type: 'person' },
  ],
  ['key', 'value', 'operator', 'type'],
  fc.oneof(weirdString, fc.constantFrom('icontains', 'not_regex', 'is_set', 'gt', 'cohort')),
);
const source = mutated(
  [
    { kind: 'EventsNode', event: 'purchase' },
    { kind: 'EventsNode', event: 'purchase', math: 'sum', math_property: 'revenue' },
    { kind: 'ActionsNode', id: 1, math: 'unique_session' },
  ],
  ['kind', 'event', 'id', 'math', 'math_property', 'properties'],
  fc.oneof(fc.array(filter, { maxLength: 2 }), weirdString),
);
const metric = mutated(
  [
    {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      source: { kind: 'EventsNode', event: 'purchase' },
    },
    {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      source: { kind: 'EventsNode' },
      upper_bound_percentile: 0.9,
    },
    {
      kind: 'ExperimentMetric',
      metric_type: 'funnel',
      series: [{ kind: 'EventsNode', event: 'purchase' }],
    },
    {
      kind: 'ExperimentMetric',
      metric_type: 'ratio',
      numerator: { kind: 'EventsNode', event: 'purchase' },
      denominator: { kind: 'ActionsNode', id: 1 },
    },
    {
      kind: 'ExperimentMetric',
      metric_type: 'retention',
      start_event: { kind: 'EventsNode', event: 'purchase' },
      completion_event: { kind: 'EventsNode', event: 'purchase' },
      retention_window_start: 0,
      retention_window_end: 1,
      retention_window_unit: 'month',
      start_handling: 'first_seen',
    },
  ],
  [
    'metric_type',
    'source',
    'series',
    'numerator',
    'denominator',
    'start_event',
    'threshold',
    'conversion_window',
    'conversion_window_unit',
    'funnel_order_type',
    'lower_bound_percentile',
    'retention_window_end',
  ],
  fc.oneof(source, fc.array(source, { maxLength: 3 })),
);
const experimentQuery = fc
  .tuple(
    metric,
    fc.dictionary(keyFor(['kind', 'experiment_id', 'name']), fieldValue, { maxKeys: 1 }),
  )
  .map(([m, changes]) => ({ kind: 'ExperimentQuery', experiment_id: 0, metric: m, ...changes }));
const node = fc.oneof(
  { weight: 4, arbitrary: experimentQuery },
  {
    weight: 1,
    arbitrary: mutated(
      [{ kind: 'ExperimentExposureQuery', experiment_id: 0 }],
      ['kind', 'experiment_id', 'feature_flag'],
    ),
  },
);
const body = fc.oneof(
  { weight: 6, arbitrary: node.map((query) => JSON.stringify({ query: withExperiment(query) })) },
  {
    weight: 1,
    arbitrary: mutated([{ query: {} }], ['query', 'refresh', 'client_query_id']).map((b) =>
      JSON.stringify(b),
    ),
  },
  {
    weight: 1,
    arbitrary: brokenJson(node.map((query) => JSON.stringify({ query: withExperiment(query) }))),
  },
);

/** Mostly the real experiment, so the bodies reach the metric code; sometimes what was generated. */
function withExperiment(query: Record<string, unknown>): Record<string, unknown> {
  return query.experiment_id === 0 ? { ...query, experiment_id: experimentId } : query;
}

describe(`generated query bodies never break the query endpoint (seed ${SEED})`, () => {
  it('never a 5xx, PostHog error bodies, nothing written', async () => {
    const before = dbHash(server.db);
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('', '', '', 'ExperimentQuery/'),
        async (text, kind) => {
          const res = await server.raw('POST', `${QUERY_PATH}${kind}`, {
            headers: { 'content-type': 'application/json' },
            body: text,
          });
          const answer = await res.text();
          if (res.status >= 500)
            throw new Error(`${res.status} for ${text.slice(0, 400)}: ${String(server.errors[0])}`);
          const parsed = JSON.parse(answer) as Record<string, unknown>;
          if (
            res.status >= 400 &&
            Object.keys(parsed).sort().join(',') !== 'attr,code,detail,type'
          ) {
            throw new Error(`error body ${answer} for ${text.slice(0, 400)}`);
          }
        },
      ),
      { seed: SEED, numRuns: 400 * RUNS },
    );
    if (dbHash(server.db) !== before) throw new Error('a query changed the database');
  }, 120_000);
});
