import { describe, expect, it } from 'vitest';
import {
  at,
  capture,
  event,
  exposure,
  launchedExperiment,
  queryMetric,
  statsByKey,
  type CapturedEvent,
} from './testing/results-fixture';
import { useResultsServer } from './testing/results-server';

// From captured events to PostHog's statistics: 200 people per variant with a built-in effect (20 %
// convert in control, 60 % in test); the stored stats_config picks the method and the baseline.

const server = useResultsServer();

const conversion = {
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  series: [{ kind: 'EventsNode', event: 'purchase' }],
};

async function withEffect(overrides: Record<string, unknown> = {}) {
  const { id, flagKey } = await launchedExperiment(server, overrides);
  const events: CapturedEvent[] = [];
  for (let i = 0; i < 200; i++) {
    for (const [variant, rate] of [
      ['control', 0.2],
      ['test', 0.6],
    ] as const) {
      const who = `${id}-${variant}-${i}`;
      events.push(exposure(flagKey, who, variant, at(2 + (i % 10))));
      if (i % 10 < rate * 10) events.push(event(who, 'purchase', at(12)));
    }
  }
  await capture(server, events);
  return id;
}

describe('statistics on the results', () => {
  it('Bayesian by default: test beats control', async () => {
    const id = await withEffect();
    const body = await queryMetric(server, id, conversion);
    expect(statsByKey(body)).toEqual({
      control: { number_of_samples: 200, sum: 40, sum_squares: 40, step_counts: [40] },
      test: { number_of_samples: 200, sum: 120, sum_squares: 120, step_counts: [120] },
    });
    expect(body.baseline.validation_failures).toEqual([]);
    const [test] = body.variant_results;
    expect(test).toMatchObject({
      key: 'test',
      method: 'bayesian',
      significant: true,
      validation_failures: [],
    });
    expect(test.chance_to_win).toBeGreaterThan(0.999);
    expect(test.credible_interval[0]).toBeGreaterThan(1);
  });

  it('frequentist when the experiment says so, against the configured baseline', async () => {
    const id = await withEffect({
      stats_config: {
        method: 'frequentist',
        frequentist: { alpha: 0.05 },
        baseline_variant_key: 'test',
      },
    });
    const body = await queryMetric(server, id, conversion);
    expect(body.baseline.key).toBe('test');
    const [control] = body.variant_results;
    expect(control).toMatchObject({ key: 'control', method: 'frequentist', significant: true });
    expect(control.p_value).toBeLessThan(1e-6);
    expect(control.confidence_interval[1]).toBeLessThan(0);
  });
});
