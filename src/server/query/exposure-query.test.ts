import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/testing/server-helpers';
import {
  at,
  capture,
  exposure,
  launchedExperiment,
  queryExposures,
  type CapturedEvent,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// ExperimentExposureQuery: cumulative daily first exposures, totals, the sample-ratio-mismatch test and
// the `$multiple` bias warning (results.md §3.1).

const server = useResultsServer();

const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2025-01-${String(from + i).padStart(2, '0')}`);

describe('exposures', () => {
  it('counts people by the day of their first exposure, cumulatively, every day to today', async () => {
    const { id, flagKey } = await launchedExperiment(server);
    await capture(server, [
      exposure(flagKey, 'c1', 'control', at(2, 9)),
      exposure(flagKey, 'c2', 'control', at(2, 23)),
      exposure(flagKey, 'c1', 'control', at(4)),
      exposure(flagKey, 'c3', 'control', at(5)),
      exposure(flagKey, 't1', 'test', at(3)),
    ]);
    const body = await queryExposures(server, id);
    const control = [0, 2, 2, 2, ...Array<number>(16).fill(3)];
    const test = [0, 0, ...Array<number>(18).fill(1)];
    expect(body).toMatchObject({
      kind: 'ExperimentExposureQuery',
      timeseries: [
        { variant: 'control', days: days(1, 20), exposure_counts: control },
        { variant: 'test', days: days(1, 20), exposure_counts: test },
      ],
      total_exposures: { control: 3, test: 1 },
      date_range: { date_from: '2025-01-01T00:00:00+00:00', date_to: null, explicitDate: true },
      sample_ratio_mismatch: null,
      bias_risk: null,
      is_cached: false,
      query_status: null,
      timezone: 'UTC',
    });
  });

  it('stops at the end date', async () => {
    const { id, flagKey } = await launchedExperiment(server, {
      end_date: '2025-01-04T12:30:00.250Z',
    });
    await capture(server, [
      exposure(flagKey, 'c1', 'control', at(3)),
      exposure(flagKey, 'late', 'test', at(5)),
    ]);
    const body = await queryExposures(server, id);
    expect(body.timeseries).toEqual([
      { variant: 'control', days: days(1, 4), exposure_counts: [0, 0, 1, 1] },
      { variant: 'test', days: days(1, 4), exposure_counts: [0, 0, 0, 0] },
    ]);
    expect(body.date_range.date_to).toBe('2025-01-04T12:30:00.250000+00:00');
  });

  it('has no days for a draft', async () => {
    const draft = await createExperiment(server);
    const body = await queryExposures(server, draft.id);
    expect(body).toMatchObject({
      timeseries: [],
      total_exposures: {},
      date_range: { date_from: null, date_to: null, explicitDate: true },
      sample_ratio_mismatch: null,
    });
  });

  it('tests the split against the flag’s rollout once there are 100 exposures', async () => {
    const { id, flagKey } = await launchedExperiment(server);
    const people = (variant: string, n: number): CapturedEvent[] =>
      Array.from({ length: n }, (_, i) => exposure(flagKey, `${variant}-${i}`, variant, at(2)));
    await capture(server, [...people('control', 100), ...people('test', 50)]);
    const body = await queryExposures(server, id);
    // χ² = 2 · 25² / 75 = 16.67 on one degree of freedom.
    expect(body.sample_ratio_mismatch.expected).toEqual({ control: 75, test: 75 });
    expect(body.sample_ratio_mismatch.p_value).toBeCloseTo(4.455709060405608e-5, 12);
  });

  it('warns of $multiple bias on an uneven split while running, not after the end', async () => {
    const variants = [
      { key: 'control', split_percent: 70 },
      { key: 'test', split_percent: 30 },
    ];
    const story = async (endDate: string | null) => {
      const { id, flagKey } = await launchedExperiment(server, {
        parameters: { feature_flag_variants: variants },
        end_date: endDate,
      });
      await capture(server, [
        exposure(flagKey, `${id}-c1`, 'control', at(2)),
        exposure(flagKey, `${id}-c2`, 'control', at(2)),
        exposure(flagKey, `${id}-t1`, 'test', at(2)),
        exposure(flagKey, `${id}-both`, 'control', at(2)),
        exposure(flagKey, `${id}-both`, 'test', at(3)),
      ]);
      return queryExposures(server, id);
    };
    expect((await story(null)).bias_risk).toEqual({ multiple_variant_percentage: 25 });
    expect((await story(at(10))).bias_risk).toBeNull();
  });
});
