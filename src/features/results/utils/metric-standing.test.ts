import { describe, expect, it } from 'vitest';
import { ExperimentQueryResponse, type ExperimentMetric } from '@/shared';
import { bayesianMeanResult, frequentistFunnelResult, gatedMeanResult } from '../testing/fixtures';
import { metricStanding } from './metric-standing';

const mean = (goal?: 'increase' | 'decrease'): ExperimentMetric => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: 'purchase_completed' },
  goal,
});
const funnel: ExperimentMetric = {
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  series: [{ kind: 'EventsNode', event: 'signup_completed' }],
};
const parse = (body: unknown) => ExperimentQueryResponse.parse(body);

describe('metricStanding', () => {
  it('leads with the test variant best for an increase goal (test-2 +15.6 %, not test-1 −14.5 %)', () => {
    const standing = metricStanding(mean(), parse(bayesianMeanResult));
    expect(standing).toMatchObject({ kind: 'lead', baselineKey: 'control', compared: 2 });
    if (standing.kind !== 'lead') throw new Error('expected a lead');
    expect(standing.leader).toMatchObject({ key: 'test-2', significant: true, outcome: 'better' });
    expect(standing.leader.delta).toBeCloseTo(0.15587818, 6);
  });

  it('reads the goal: when lower is better, the variant that went down leads', () => {
    const standing = metricStanding(mean('decrease'), parse(bayesianMeanResult));
    if (standing.kind !== 'lead') throw new Error('expected a lead');
    expect(standing.leader).toMatchObject({ key: 'test-1', outcome: 'better' });
    expect(standing.leader.chanceToWin).toBeCloseTo(1 - 2.7262704800611193e-8, 12);
  });

  it('keeps a lone variant that is significantly worse as the one shown, with its p-value', () => {
    const standing = metricStanding(funnel, parse(frequentistFunnelResult));
    if (standing.kind !== 'lead') throw new Error('expected a lead');
    expect(standing.leader).toMatchObject({ key: 'test', outcome: 'worse' });
    expect(standing.leader.pValue).toBe(9.522627131275385e-11);
  });

  it('says why nothing can be compared below the gates, and when there is no baseline', () => {
    expect(metricStanding(mean(), parse(gatedMeanResult))).toEqual({
      kind: 'gated',
      reason: 'needs 50 exposed people per variant; test has 23',
    });
    expect(metricStanding(mean(), parse({ ...gatedMeanResult, variant_results: [] }))).toEqual({
      kind: 'gated',
      reason: 'no variant has been exposed yet',
    });
    expect(metricStanding(mean(), parse({ ...bayesianMeanResult, baseline: null }))).toEqual({
      kind: 'empty',
    });
  });
});
