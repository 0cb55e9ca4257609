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

// Mean metrics on hand-built data: every per-variant count, sum and sum of squares below is worked out
// by hand from the events of `meanStory` (testing/mean-story.ts).

const server = useResultsServer();

describe('mean metric', () => {
  it('counts each exposed person’s events after their first exposure; people without any count 0', async () => {
    const id = await meanStory(server);
    const body = await queryMetric(server, id, mean('purchase'));
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 3, sum: 3, sum_squares: 5 },
      test: { number_of_samples: 2, sum: 4, sum_squares: 10 },
    });
    expect(body.baseline.validation_failures).toEqual(['not-enough-exposures']);
    expect(body.variant_results[0]).toMatchObject({
      key: 'test',
      method: 'bayesian',
      chance_to_win: null,
    });
  });

  it('sums, averages, and takes the min or max of a property (missing or non-numeric is 0)', async () => {
    const id = await meanStory(server);
    const revenue = (math: string) => mean('purchase', { math, math_property: 'revenue' });
    expect(statsByKey(await queryMetric(server, id, revenue('sum')))).toEqual({
      control: { number_of_samples: 3, sum: 15.5, sum_squares: 15.5 ** 2 },
      test: { number_of_samples: 2, sum: 6, sum_squares: 36 },
    });
    expect(statsByKey(await queryMetric(server, id, revenue('avg')))).toEqual({
      control: { number_of_samples: 3, sum: 7.75, sum_squares: 7.75 ** 2 },
      test: { number_of_samples: 2, sum: 2, sum_squares: 4 },
    });
    expect(statsByKey(await queryMetric(server, id, revenue('max')))).toEqual({
      control: { number_of_samples: 3, sum: 10, sum_squares: 100 },
      test: { number_of_samples: 2, sum: 3, sum_squares: 9 },
    });
    expect(statsByKey(await queryMetric(server, id, revenue('min')))).toEqual({
      control: { number_of_samples: 3, sum: 5.5, sum_squares: 5.5 ** 2 },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1 },
    });
  });

  it('counts sessions and active people', async () => {
    const id = await meanStory(server);
    expect(
      statsByKey(await queryMetric(server, id, mean('purchase', { math: 'unique_session' }))),
    ).toEqual({
      control: { number_of_samples: 3, sum: 2, sum_squares: 2 },
      test: { number_of_samples: 2, sum: 2, sum_squares: 4 },
    });
    expect(statsByKey(await queryMetric(server, id, mean('purchase', { math: 'dau' })))).toEqual({
      control: { number_of_samples: 3, sum: 2, sum_squares: 2 },
      test: { number_of_samples: 2, sum: 2, sum_squares: 2 },
    });
  });

  it('turns values into reached-the-threshold proportions', async () => {
    const id = await meanStory(server);
    const body = await queryMetric(server, id, { ...mean('purchase'), threshold: 2 });
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 3, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1 },
    });
  });

  it('winsorizes at quantiles of every person’s value (ClickHouse quantileExact)', async () => {
    const id = await meanStory(server);
    // Values: control 2, 0, 1; test 3, 1 → sorted 0 1 1 2 3; the 0.5 quantile is index ⌊2.5⌋ → 1.
    const upper = await queryMetric(server, id, {
      ...mean('purchase'),
      upper_bound_percentile: 0.5,
    });
    expect(statsByKey(upper)).toEqual({
      control: { number_of_samples: 3, sum: 2, sum_squares: 2 },
      test: { number_of_samples: 2, sum: 2, sum_squares: 2 },
    });
    // Non-zero values 1 1 2 3: the 0.5 quantile is index 2 → 2; only t1's 3 is clamped.
    const noZeros = await queryMetric(server, id, {
      ...mean('purchase'),
      upper_bound_percentile: 0.5,
      ignore_zeros: true,
    });
    expect(statsByKey(noZeros)).toEqual({
      control: { number_of_samples: 3, sum: 3, sum_squares: 5 },
      test: { number_of_samples: 2, sum: 3, sum_squares: 5 },
    });
    const lower = await queryMetric(server, id, {
      ...mean('purchase'),
      lower_bound_percentile: 0.4,
    });
    // Index ⌊2⌋ → 1: control 2, 1, 1; test 3, 1.
    expect(statsByKey(lower)).toEqual({
      control: { number_of_samples: 3, sum: 4, sum_squares: 6 },
      test: { number_of_samples: 2, sum: 4, sum_squares: 10 },
    });
  });

  it('counts only events inside the conversion window from each person’s exposure', async () => {
    const id = await meanStory(server);
    const body = await queryMetric(server, id, {
      ...mean('purchase'),
      conversion_window: 1,
      conversion_window_unit: 'day',
    });
    // c1: day 3 00:00 is 14 h after; day 5 is not. c3: 1 h after. t1: 5 h after; days 10 and 19 not.
    // t2: exactly 24 h after, which is outside (the window is half-open, as PostHog's).
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 3, sum: 2, sum_squares: 2 },
      test: { number_of_samples: 2, sum: 1, sum_squares: 1 },
    });
  });

  it('ends the window at the end date: later exposures and events do not count', async () => {
    const id = await meanStory(server, { end_date: at(9) });
    const body = await queryMetric(server, id, mean('purchase'));
    // t1's purchases on days 10 and 19 are after the end; everyone was exposed before it.
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 3, sum: 3, sum_squares: 5 },
      test: { number_of_samples: 2, sum: 2, sum_squares: 2 },
    });
    const early = await meanStory(server, { end_date: at(3, 12) }, 'early-');
    // c3 (day 4) and t2 (day 5) were exposed after the end.
    expect(statsByKey(await queryMetric(server, early, mean('purchase')))).toEqual({
      control: { number_of_samples: 2, sum: 1, sum_squares: 1 },
      test: { number_of_samples: 1, sum: 1, sum_squares: 1 },
    });
  });

  it('counts only people whose conversion window has passed, with only_count_matured_users', async () => {
    const { id, flagKey } = await launchedExperiment(server, { only_count_matured_users: true });
    await capture(server, [
      exposure(flagKey, 'old', 'control', at(2)),
      event('old', 'purchase', at(3)),
      // Exposed 5 days before now: a 7-day window is still open.
      exposure(flagKey, 'new', 'control', at(15)),
      event('new', 'purchase', at(16)),
    ]);
    const weekly = { ...mean('purchase'), conversion_window: 7, conversion_window_unit: 'day' };
    expect(statsByKey(await queryMetric(server, id, weekly)).control).toEqual({
      number_of_samples: 1,
      sum: 1,
      sum_squares: 1,
    });
    // Without a conversion window there is nothing to wait for.
    expect(statsByKey(await queryMetric(server, id, mean('purchase'))).control).toEqual({
      number_of_samples: 2,
      sum: 2,
      sum_squares: 2,
    });
  });

  it('zero-fills a variant nobody was exposed to, after the ones with data', async () => {
    const { id, flagKey } = await launchedExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 34 },
          { key: 'wide', split_percent: 33 },
          { key: 'narrow', split_percent: 33 },
        ],
      },
    });
    await capture(server, [
      exposure(flagKey, 'n1', 'narrow', at(2)),
      exposure(flagKey, 'c1', 'control', at(2)),
    ]);
    const body = await queryMetric(server, id, mean('purchase'));
    expect(body.baseline.key).toBe('control');
    expect(body.variant_results.map((v: { key: string }) => v.key)).toEqual(['narrow', 'wide']);
    expect(body.variant_results[1]).toMatchObject({ number_of_samples: 0, sum: 0, sum_squares: 0 });
  });
});
