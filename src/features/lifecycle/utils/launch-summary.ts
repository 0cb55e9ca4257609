import type { Experiment } from '@/shared';
import { experimentVariants } from '@/features/experiments/utils/experiment-variants';
import { metricCounts } from '@/features/experiments/utils/metric-counts';

/** What launching will do, in words: who enters, how they are split, what is measured. */
export function launchSummary(experiment: Experiment): { term: string; value: string }[] {
  const split = experimentVariants(experiment)
    .map((v) => `${v.key} ${v.percent}\u00a0%`)
    .join(' · ');
  const rollout =
    experiment.parameters?.rollout_percentage ??
    experiment.feature_flag?.filters?.groups?.[0]?.rollout_percentage ??
    100;
  const holdout = experiment.holdout;
  const heldOut = holdout?.filters?.[0]?.rollout_percentage;
  const { primary, secondary } = metricCounts(experiment);
  return [
    { term: 'Split', value: split || 'No variants' },
    { term: 'Rollout', value: `${rollout}\u00a0% of users who match the flag` },
    {
      term: 'Holdout',
      value: holdout
        ? `${holdout.name}${heldOut != null ? ` (${heldOut}\u00a0% held out)` : ''}`
        : 'None',
    },
    {
      term: 'Metrics',
      value: primary + secondary ? `${primary} primary · ${secondary} secondary` : 'None yet',
    },
  ];
}
