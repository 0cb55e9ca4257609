import { describe, expect, it } from 'vitest';
import {
  at,
  capture,
  event,
  exposure,
  launchedExperiment,
  queryMetric,
  statsByKey,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// Funnel, ratio and retention metrics on one hand-built story; every expected number is worked out in
// the comments from the events in `story`.

const server = useResultsServer();

/**
 * Everyone is exposed on day 2 at 00:00.
 * control a: checkout day 3, purchase (10) day 3 06:00, one pageview.
 * control b: purchase (20) day 3, checkout day 4, two pageviews.
 * control c: checkout day 3.   control d: nothing.
 * test e: checkout day 3, checkout day 4, purchase (30) day 5.
 * test f: checkout day 1 (before exposure), purchase (5) day 3.
 */
async function story() {
  const { id, flagKey } = await launchedExperiment(server);
  const exposed = (who: string, variant: string) => exposure(flagKey, who, variant, at(2));
  await capture(server, [
    exposed('a', 'control'),
    event('a', 'checkout_started', at(3)),
    event('a', 'purchase', at(3, 6), { revenue: 10 }),
    event('a', '$pageview', at(3, 7)),
    exposed('b', 'control'),
    event('b', 'purchase', at(3), { revenue: 20 }),
    event('b', 'checkout_started', at(4)),
    event('b', '$pageview', at(3)),
    event('b', '$pageview', at(4)),
    exposed('c', 'control'),
    event('c', 'checkout_started', at(3)),
    exposed('d', 'control'),
    exposed('e', 'test'),
    event('e', 'checkout_started', at(3)),
    event('e', 'checkout_started', at(4)),
    event('e', 'purchase', at(5), { revenue: 30 }),
    exposed('f', 'test'),
    event('f', 'checkout_started', at(1)),
    event('f', 'purchase', at(3), { revenue: 5 }),
  ]);
  return id;
}

const step = (name: string) => ({ kind: 'EventsNode', event: name });
const funnel = (extra: Record<string, unknown> = {}, steps = ['checkout_started', 'purchase']) => ({
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  series: steps.map(step),
  ...extra,
});

describe('funnel metric', () => {
  it('ordered (the default): steps in order after exposure; sum = people who finished', async () => {
    const id = await story();
    // a 2, b 1 (checkout after the purchase), c 1, d 0; e 2, f 0 (checkout before exposure).
    expect(statsByKey(await queryMetric(server, id, funnel()))).toEqual({
      control: { number_of_samples: 4, sum: 1, sum_squares: 1, step_counts: [3, 1] },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1, step_counts: [1, 1] },
    });
  });

  it('unordered: the steps done after exposure, in any order', async () => {
    const id = await story();
    // a 2, b 2, c 1, d 0; e 2, f 1.
    const body = await queryMetric(server, id, funnel({ funnel_order_type: 'unordered' }));
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 4, sum: 2, sum_squares: 2, step_counts: [3, 2] },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1, step_counts: [2, 1] },
    });
  });

  it('strict: each step event must be the next step', async () => {
    const id = await story();
    // a 2; b 0 (a purchase came first); c 1; d 0; e 1 (a second checkout broke it); f 0.
    const body = await queryMetric(server, id, funnel({ funnel_order_type: 'strict' }));
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 4, sum: 1, sum_squares: 1, step_counts: [2, 1] },
      test: { number_of_samples: 2, sum: 0, sum_squares: 0, step_counts: [1, 0] },
    });
  });

  it('needs every step within the conversion window of the exposure', async () => {
    const id = await story();
    // 36 hours: a's checkout (24 h) and purchase (30 h) count; b's checkout (48 h) does not; e's
    // purchase (72 h) does not.
    const body = await queryMetric(
      server,
      id,
      funnel({ conversion_window: 36, conversion_window_unit: 'hour' }),
    );
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 4, sum: 1, sum_squares: 1, step_counts: [2, 1] },
      test: { number_of_samples: 2, sum: 0, sum_squares: 0, step_counts: [1, 0] },
    });
  });

  it('does not let one event count for two steps', async () => {
    const id = await story();
    const body = await queryMetric(server, id, funnel({}, ['$pageview', '$pageview']));
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 4, sum: 1, sum_squares: 1, step_counts: [2, 1] },
      test: { number_of_samples: 2, sum: 0, sum_squares: 0, step_counts: [0, 0] },
    });
  });
});

describe('ratio metric', () => {
  it('sums numerator and denominator per person, with the cross product', async () => {
    const id = await story();
    const body = await queryMetric(server, id, {
      kind: 'ExperimentMetric',
      metric_type: 'ratio',
      numerator: { kind: 'EventsNode', event: 'purchase', math: 'sum', math_property: 'revenue' },
      denominator: { kind: 'EventsNode', event: 'checkout_started' },
    });
    // (revenue, checkouts): a (10, 1), b (20, 1), c (0, 1), d (0, 0); e (30, 2), f (5, 0).
    expect(statsByKey(body)).toEqual({
      control: {
        number_of_samples: 4,
        sum: 30,
        sum_squares: 500,
        denominator_sum: 3,
        denominator_sum_squares: 3,
        numerator_denominator_sum_product: 30,
      },
      test: {
        number_of_samples: 2,
        sum: 35,
        sum_squares: 925,
        denominator_sum: 2,
        denominator_sum_squares: 4,
        numerator_denominator_sum_product: 60,
      },
    });
  });
});

describe('retention metric', () => {
  const retention = (extra: Record<string, unknown>) => ({
    kind: 'ExperimentMetric',
    metric_type: 'retention',
    start_event: step('checkout_started'),
    completion_event: step('purchase'),
    retention_window_start: 0,
    retention_window_end: 1,
    retention_window_unit: 'day',
    start_handling: 'first_seen',
    ...extra,
  });
  const counted = (n: number, retained: number) => ({
    number_of_samples: n,
    sum: retained,
    sum_squares: retained,
    denominator_sum: n,
    denominator_sum_squares: n,
    numerator_denominator_sum_product: retained,
  });

  it('counts only people who did the start event, retained when the completion falls in the window', async () => {
    const id = await story();
    // Started: a, b, c (control), e (test; f's checkout was before exposure). Days [0, 1] from the
    // start's day: a yes (same day); b no (purchased before starting); c no; e no (day 5 from day 3).
    expect(statsByKey(await queryMetric(server, id, retention({})))).toEqual({
      control: counted(3, 1),
      test: counted(1, 0),
    });
    // Days [0, 2]: e's day-5 purchase now counts; [1, 2] drops a's same-day purchase.
    expect(
      statsByKey(await queryMetric(server, id, retention({ retention_window_end: 2 }))),
    ).toEqual({
      control: counted(3, 1),
      test: counted(1, 1),
    });
    const later = retention({ retention_window_start: 1, retention_window_end: 2 });
    expect(statsByKey(await queryMetric(server, id, later))).toEqual({
      control: counted(3, 0),
      test: counted(1, 1),
    });
  });

  it('starts at the last start event with last_seen', async () => {
    const id = await story();
    // e starts on day 4, so day 5 is within one day.
    const body = await queryMetric(server, id, retention({ start_handling: 'last_seen' }));
    expect(statsByKey(body)).toEqual({ control: counted(3, 1), test: counted(1, 1) });
  });

  it('needs a completion other than the start event itself', async () => {
    const { id, flagKey } = await launchedExperiment(server);
    await capture(server, [
      exposure(flagKey, 'once', 'control', at(2)),
      event('once', 'purchase', at(3)),
      exposure(flagKey, 'twice', 'control', at(2)),
      event('twice', 'purchase', at(3)),
      event('twice', 'purchase', at(4)),
    ]);
    const body = await queryMetric(
      server,
      id,
      retention({ start_event: step('purchase'), retention_window_end: 3 }),
    );
    expect(statsByKey(body).control).toEqual(counted(2, 1));
  });
});
