import { describe, expect, it } from 'vitest';
import {
  at,
  capture,
  event,
  exposure,
  launchedExperiment,
  mean,
  queryExposures,
  queryMetric,
  statsByKey,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// Who counts as exposed, from the stored experiment: multiple-variant handling, test accounts, custom
// exposure events and actions, holdouts and the window.

const server = useResultsServer();

const purchases = mean('purchase');

describe('people seen in more than one variant', () => {
  async function story(criteria: Record<string, unknown> | null) {
    const { id, flagKey } = await launchedExperiment(server, { exposure_criteria: criteria });
    await capture(server, [
      exposure(flagKey, 'c1', 'control', at(2)),
      event('c1', 'purchase', at(3)),
      // m saw control first, then test: `$multiple`.
      exposure(flagKey, 'm', 'control', at(2, 8)),
      exposure(flagKey, 'm', 'test', at(4)),
      event('m', 'purchase', at(3)),
      event('m', 'purchase', at(5)),
      exposure(flagKey, 't1', 'test', at(2)),
      exposure(flagKey, 't1', 'test', at(6)),
    ]);
    return id;
  }

  it('leaves them out by default (exclude)', async () => {
    const id = await story(null);
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 1, sum: 0, sum_squares: 0 },
    });
    const exposures = await queryExposures(server, id);
    expect(exposures.total_exposures).toEqual({ control: 1, test: 1, $multiple: 1 });
    expect(exposures.timeseries.map((s: { variant: string }) => s.variant)).toEqual([
      'control',
      'test',
      '$multiple',
    ]);
  });

  it('keeps them in their first variant with first_seen, counting from the first exposure', async () => {
    const id = await story({ multiple_variant_handling: 'first_seen' });
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 2, sum: 3, sum_squares: 5 },
      test: { number_of_samples: 1, sum: 0, sum_squares: 0 },
    });
    expect((await queryExposures(server, id)).total_exposures).toEqual({ control: 2, test: 1 });
  });
});

describe('test accounts', () => {
  async function story(criteria: Record<string, unknown> | null) {
    const { id, flagKey } = await launchedExperiment(server, { exposure_criteria: criteria });
    await capture(server, [
      { ...exposure(flagKey, 'qa', 'test', at(2)), $set: { email: 'qa@posthog-demo.internal' } },
      event('qa', 'purchase', at(3)),
      {
        ...exposure(flagKey, 'fan', 'test', at(2)),
        $set: { email: 'fan@posthog-demo.internal.example.com' },
      },
      exposure(flagKey, 'c1', 'control', at(2)),
      event('c1', 'purchase', at(3), { $host: 'localhost:3000' }),
    ]);
    return id;
  }

  it('leaves out the project’s test accounts by default (the demo: emails ending @posthog-demo.internal)', async () => {
    const id = await story(null);
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 1, sum: 0, sum_squares: 0 },
    });
  });

  it('counts them when the experiment does not filter test accounts', async () => {
    const id = await story({ filterTestAccounts: false });
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1 },
    });
  });

  it('applies event-property filters to the exposure events', async () => {
    server.db
      .prepare('UPDATE projects SET test_account_filters = ? WHERE id = 1')
      .run(
        JSON.stringify([
          { key: '$host', operator: 'not_icontains', value: 'localhost', type: 'event' },
        ]),
      );
    const { id, flagKey } = await launchedExperiment(server);
    await capture(server, [
      event('dev', '$feature_flag_called', at(2), {
        $feature_flag: flagKey,
        $feature_flag_response: 'control',
        $host: 'LOCALHOST:8000',
      }),
      exposure(flagKey, 'c1', 'control', at(2)),
    ]);
    expect(statsByKey(await queryMetric(server, id, purchases)).control).toEqual({
      number_of_samples: 1,
      sum: 0,
      sum_squares: 0,
    });
  });
});

describe('custom exposure', () => {
  it('reads the variant from $feature/<flag> on a custom exposure event, with its property filters', async () => {
    const { id, flagKey } = await launchedExperiment(server, {
      exposure_criteria: {
        exposure_config: {
          kind: 'ExperimentEventExposureConfig',
          event: 'checkout_started',
          properties: [{ key: 'step', value: 'cart', operator: 'exact', type: 'event' }],
        },
      },
    });
    const feature = `$feature/${flagKey}`;
    await capture(server, [
      // A flag call alone is not an exposure here.
      exposure(flagKey, 'flag-only', 'control', at(2)),
      event('c1', 'checkout_started', at(2), { [feature]: 'control', step: 'cart' }),
      event('c1', 'purchase', at(3)),
      event('c2', 'checkout_started', at(2), { [feature]: 'control', step: 'address' }),
      event('t1', 'checkout_started', at(2), { [feature]: 'test', step: 'cart' }),
      event('t1', 'purchase', at(1)),
      event('t1', 'purchase', at(4)),
      event('t1', 'purchase', at(5)),
      event('nobody', 'checkout_started', at(2), { step: 'cart' }),
    ]);
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 1, sum: 2, sum_squares: 4 },
    });
  });

  it('takes an action as the exposure', async () => {
    server.db
      .prepare('INSERT INTO actions (id, team_id, name, steps) VALUES (5, 1, ?, ?)')
      .run('Viewed checkout', JSON.stringify([{ event: '$pageview', url: '/checkout' }]));
    const { id, flagKey } = await launchedExperiment(server, {
      exposure_criteria: { exposure_config: { kind: 'ActionsNode', id: 5 } },
    });
    const feature = `$feature/${flagKey}`;
    await capture(server, [
      event('c1', '$pageview', at(2), {
        [feature]: 'control',
        $current_url: 'https://shop.example/Checkout',
      }),
      event('c2', '$pageview', at(2), {
        [feature]: 'control',
        $current_url: 'https://shop.example/cart',
      }),
      event('t1', '$pageview', at(2), {
        [feature]: 'test',
        $current_url: 'https://shop.example/checkout?x=1',
      }),
      event('t1', 'purchase', at(3)),
    ]);
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 0, sum_squares: 0 },
      test: { number_of_samples: 1, sum: 1, sum_squares: 1 },
    });
  });
});

describe('holdouts and the window', () => {
  it('drops holdout people: their flag response is holdout-<id>, not a variant', async () => {
    const holdout = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'Global holdout',
      filters: [{ properties: [], rollout_percentage: 10 }],
    });
    expect(holdout.status).toBe(201);
    const { id, flagKey } = await launchedExperiment(server, { holdout_id: holdout.body.id });
    await capture(server, [
      exposure(flagKey, 'held', `holdout-${holdout.body.id}`, at(2)),
      event('held', 'purchase', at(3)),
      exposure(flagKey, 'c1', 'control', at(2)),
      exposure(flagKey, 't1', 'test', at(2)),
    ]);
    expect(statsByKey(await queryMetric(server, id, purchases))).toEqual({
      control: { number_of_samples: 1, sum: 0, sum_squares: 0 },
      test: { number_of_samples: 1, sum: 0, sum_squares: 0 },
    });
    expect((await queryExposures(server, id)).total_exposures).toEqual({ control: 1, test: 1 });
  });

  it('counts exposures from the start date only, and other flags’ exposures never', async () => {
    const { id, flagKey } = await launchedExperiment(server, { start_date: at(5) });
    await capture(server, [
      exposure(flagKey, 'early', 'control', at(4)),
      exposure(flagKey, 'late', 'control', at(6)),
      exposure('another-flag', 'other', 'control', at(6)),
    ]);
    expect(statsByKey(await queryMetric(server, id, purchases)).control).toMatchObject({
      number_of_samples: 1,
    });
  });
});
