import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedExperimentValue, posthogHash, TOKEN } from './ingest-test-utils';
import { startServer, type RunningServer } from './sdk-test-server';

// posthog-node, as a user's backend runs it, against the real embedded server over HTTP: it evaluates an
// experiment's flag for 2,000 people (remote evaluation through /flags/, each call capturing the
// $feature_flag_called exposure) and captures conversions with a built-in effect, sent through /batch/.

const PEOPLE = Array.from({ length: 2000 }, (_, i) => `customer-${i}`);
const CONVERSION_RATE = { control: 0.2, test: 0.3 } as const;
type Variant = keyof typeof CONVERSION_RATE;

let server: RunningServer;
let experiment: { id: number; feature_flag_key: string };
const assigned = new Map<string, unknown>();
const converted = new Set<string>();

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  server = await startServer();
  const created = await api('POST', '/api/projects/1/experiments/', {
    name: 'Checkout button copy',
    feature_flag_key: 'checkout-button-copy',
    parameters: {
      feature_flag_variants: [
        { key: 'control', split_percent: 50 },
        { key: 'test', split_percent: 50 },
      ],
    },
  });
  expect(created.status).toBe(201);
  const launched = await api('POST', `/api/projects/1/experiments/${created.body.id}/launch/`);
  expect(launched.status).toBe(200);
  experiment = launched.body;

  const client = new PostHog(TOKEN, { host: server.url, flushAt: 50, flushInterval: 100 });
  const errors: unknown[] = [];
  client.on('error', (error) => errors.push(error));
  for (let i = 0; i < PEOPLE.length; i += 25) {
    await Promise.all(
      PEOPLE.slice(i, i + 25).map(async (id) => {
        assigned.set(id, await client.getFeatureFlag(experiment.feature_flag_key, id));
      }),
    );
  }
  for (const id of PEOPLE) {
    const variant = assigned.get(id) as Variant;
    if (posthogHash(`convert.${id}`) < CONVERSION_RATE[variant]) {
      converted.add(id);
      client.capture({ distinctId: id, event: 'purchase', properties: { amount: 30 } });
    }
  }
  await client.shutdown();
  expect(errors).toEqual([]);
}, 120_000);
afterAll(() => server?.stop());

const expectedVariant = (id: string) => expectedExperimentValue(experiment.feature_flag_key, id);

describe('posthog-node against the embedded server', () => {
  it('used remote evaluation and gzipped batches', () => {
    const sdk = server.requests.filter((r) => !r.path.startsWith('/api/'));
    const flags = sdk.filter((r) => r.path === '/flags/?v=2');
    const batches = sdk.filter((r) => r.path === '/batch/');
    expect(flags).toHaveLength(PEOPLE.length);
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((r) => r.method === 'POST' && r.contentEncoding === 'gzip')).toBe(true);
    expect(sdk.length).toBe(flags.length + batches.length);
  });

  it('gets the variant PostHog’s hash gives, for every person', () => {
    for (const id of PEOPLE) expect(assigned.get(id), id).toBe(expectedVariant(id));
  });

  it('stored one exposure per person, with the variant it was given', () => {
    const exposures = server.db
      .prepare(
        "SELECT distinct_id, flag_response FROM events WHERE event = '$feature_flag_called' AND flag_key = ?",
      )
      .all(experiment.feature_flag_key) as { distinct_id: string; flag_response: string }[];
    expect(exposures).toHaveLength(PEOPLE.length);
    expect(new Map(exposures.map((e) => [e.distinct_id, e.flag_response]))).toEqual(
      new Map(PEOPLE.map((id) => [id, expectedVariant(id)])),
    );
    const test = exposures.filter((e) => e.flag_response === 'test').length;
    expect(test / PEOPLE.length).toBeGreaterThan(0.46);
    expect(test / PEOPLE.length).toBeLessThan(0.54);
  });

  it('stored every conversion, each person once', () => {
    const rows = server.db
      .prepare(
        `SELECT e.distinct_id, e.person_id, p.person_id AS resolved FROM events e
         JOIN person_distinct_ids p ON p.team_id = e.team_id AND p.distinct_id = e.distinct_id
         WHERE e.event = 'purchase'`,
      )
      .all() as { distinct_id: string; person_id: number; resolved: number }[];
    expect(new Set(rows.map((r) => r.distinct_id))).toEqual(converted);
    expect(rows.every((r) => r.person_id === r.resolved)).toBe(true);
    expect(server.db.prepare('SELECT COUNT(*) FROM persons').pluck().get()).toBe(PEOPLE.length);
  });

  it('the query answers the per-variant counts and a significant win for test', async () => {
    const res = await api('POST', '/api/projects/1/query/', {
      query: {
        kind: 'ExperimentQuery',
        experiment_id: experiment.id,
        metric: {
          kind: 'ExperimentMetric',
          metric_type: 'funnel',
          series: [{ kind: 'EventsNode', event: 'purchase' }],
        },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const count = (variant: Variant) => PEOPLE.filter((id) => expectedVariant(id) === variant);
    const conversions = (variant: Variant) =>
      count(variant).filter((id) => converted.has(id)).length;
    expect(res.body.baseline).toMatchObject({
      key: 'control',
      number_of_samples: count('control').length,
      sum: conversions('control'),
    });
    expect(res.body.variant_results).toHaveLength(1);
    expect(res.body.variant_results[0]).toMatchObject({
      key: 'test',
      number_of_samples: count('test').length,
      sum: conversions('test'),
      significant: true,
    });
    expect(res.body.variant_results[0].chance_to_win).toBeGreaterThan(0.99);
  });
});
