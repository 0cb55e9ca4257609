import { describe, expect, it } from 'vitest';
import { meanStory } from './testing/mean-story';
import {
  at,
  capture,
  event,
  exposure,
  launchedExperiment,
  mean,
  queryMetric,
  statsByKey,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// What a metric source matches: event property filters (any property name), and actions by their steps.

const server = useResultsServer();

describe('metric sources', () => {
  it('filters metric events by event properties', async () => {
    const id = await meanStory(server);
    const pro = mean('purchase', {
      properties: [{ key: 'plan', value: 'pro', operator: 'exact', type: 'event' }],
    });
    expect(statsByKey(await queryMetric(server, id, pro))).toEqual({
      control: { number_of_samples: 3, sum: 0, sum_squares: 0 },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1 },
    });
    const big = mean('purchase', { properties: [{ key: 'revenue', value: 4, operator: 'gt' }] });
    expect(statsByKey(await queryMetric(server, id, big))).toEqual({
      control: { number_of_samples: 3, sum: 2, sum_squares: 4 },
      test: { number_of_samples: 2, sum: 0, sum_squares: 0 },
    });
  });

  it('reads any property name, quotes and backslashes included', async () => {
    const { id, flagKey } = await launchedExperiment(server);
    const odd = 'it\'s a "quoted" \\ name';
    await capture(server, [
      exposure(flagKey, 'c1', 'control', at(2)),
      event('c1', 'purchase', at(3), { [odd]: 4 }),
      event('c1', 'purchase', at(3), { [odd]: 5 }),
    ]);
    const metric = mean('purchase', {
      math: 'sum',
      math_property: odd,
      properties: [{ key: odd, value: 4, operator: 'exact', type: 'event' }],
    });
    expect(statsByKey(await queryMetric(server, id, metric)).control).toEqual({
      number_of_samples: 1,
      sum: 4,
      sum_squares: 16,
    });
  });

  it('counts an action’s events: any of its steps', async () => {
    const id = await meanStory(server);
    server.db.prepare('INSERT INTO actions (id, team_id, name, steps) VALUES (?, 1, ?, ?)').run(
      77,
      'Bought or browsed',
      JSON.stringify([
        {
          event: 'purchase',
          properties: [{ key: 'revenue', value: 5, operator: 'gt', type: 'event' }],
        },
        { event: '$pageview' },
      ]),
    );
    const body = await queryMetric(server, id, {
      ...mean('purchase'),
      source: { kind: 'ActionsNode', id: 77 },
    });
    // c1: purchases of 10 and 5.5; c2: one pageview. Nobody in test bought above 5.
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 3, sum: 3, sum_squares: 5 },
      test: { number_of_samples: 2, sum: 0, sum_squares: 0 },
    });
    const missing = await queryMetric(server, id, {
      ...mean('purchase'),
      source: { kind: 'ActionsNode', id: 78 },
    });
    expect(statsByKey(missing).control).toEqual({ number_of_samples: 3, sum: 0, sum_squares: 0 });
  });
});
