import { differenceText, evidenceText, type ExperimentMetric, type DifferenceType } from '@/shared';
import type { MetricStanding } from '@/features/results/utils/metric-standing';

type Lead = Extract<MetricStanding, { kind: 'lead' }>;

export interface LeaderWords {
  /** On the chip, under which the variant is named: "+11.2 % ✓" (✓ = significant). */
  change: string;
  /** For screen readers: "Primary metric: test leads by 11.2 %, significant". */
  sentence: string;
  /** On hover and focus: the metric, the baseline and the evidence. */
  detail: string;
}

/** How the dashboard words a primary metric's leading variant, goal-aware ("leads" may be a drop). */
export function leaderWords(
  { leader, baselineKey }: Lead,
  metric: { name: string; goal: ExperimentMetric['goal'] },
  differenceType: DifferenceType,
): LeaderWords {
  const delta = leader.delta ?? 0;
  const forGoal = leader.gain ?? 0;
  const size = differenceText(Math.abs(delta), differenceType).replace(/^\+/, '');
  const standing =
    forGoal > 0
      ? `${leader.key} leads by ${size}`
      : forGoal < 0
        ? `${leader.key} trails ${baselineKey} by ${size}`
        : `${leader.key} is level with ${baselineKey}`;
  const lowerIsBetter = metric.goal === 'decrease' ? ' (lower is better)' : '';
  const significance = leader.significant ? 'significant' : 'not significant';
  const evidence = evidenceText(leader);
  return {
    change: `${differenceText(delta, differenceType)}${leader.significant ? ' ✓' : ''}`,
    sentence: `Primary metric: ${standing}${lowerIsBetter}, ${significance}`,
    detail: `${metric.name}: ${leader.key} ${differenceText(delta, differenceType)} vs ${baselineKey}${
      evidence ? `, ${evidence}` : ''
    }; ${significance}${lowerIsBetter}.`,
  };
}
