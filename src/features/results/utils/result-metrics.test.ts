import { describe, expect, it } from 'vitest';
import type { ExperimentMetric } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { hasResults, resultMetrics } from './result-metrics';

const mean = (uuid: string, name?: string): ExperimentMetric => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  uuid,
  name,
  source: { kind: 'EventsNode', event: '$pageview' },
});

describe('resultMetrics', () => {
  it('lists inline and shared metrics of a group in the ordered-uuids order, shared ones marked', () => {
    const experiment = makeExperiment({
      metrics: [mean('a', 'Page views'), mean('b')],
      metrics_secondary: [mean('s')],
      saved_metrics: [
        {
          id: 1,
          saved_metric: 9,
          name: 'Revenue',
          metadata: { type: 'primary' },
          query: mean('c'),
        },
        {
          id: 2,
          saved_metric: 10,
          name: 'Churn',
          metadata: { type: 'secondary' },
          query: mean('d'),
        },
        // A link without metadata counts as primary, as PostHog does.
        { id: 3, saved_metric: 11, name: 'Sessions', query: mean('e') },
      ],
      primary_metrics_ordered_uuids: ['c', 'a'],
    });
    const primary = resultMetrics(experiment, 'primary');
    expect(primary.map((m) => m.key)).toEqual(['c', 'a', 'b', 'e']);
    expect(primary[0]).toMatchObject({ name: 'Revenue', shared: true, group: 'primary' });
    expect(primary[0]?.metric).toMatchObject({ isSharedMetric: true, sharedMetricId: 9 });
    expect(primary[1]).toMatchObject({ name: 'Page views', shared: false });
    // An unnamed metric is named by its sentence.
    expect(primary[2]?.name).toMatch(/pageview/i);
    expect(resultMetrics(experiment, 'secondary').map((m) => m.key)).toEqual(['s', 'd']);
  });

  it('leaves out legacy metrics it cannot query', () => {
    const experiment = makeExperiment({
      metrics: [{ kind: 'ExperimentTrendsQuery', uuid: 'x' } as never, mean('a')],
    });
    expect(resultMetrics(experiment, 'primary').map((m) => m.key)).toEqual(['a']);
  });

  it('has results once launched', () => {
    expect(hasResults(makeExperiment())).toBe(false);
    expect(hasResults(makeExperiment({ start_date: '2025-03-01T00:00:00Z' }))).toBe(true);
  });
});
