import type { Experiment } from '@/shared';

/** Inline metrics plus linked shared metrics; a shared link without metadata counts as primary, as PostHog does. */
export function metricCounts(experiment: Experiment): { primary: number; secondary: number } {
  const saved = experiment.saved_metrics ?? [];
  const savedSecondary = saved.filter((link) => link.metadata?.type === 'secondary').length;
  return {
    primary: (experiment.metrics?.length ?? 0) + saved.length - savedSecondary,
    secondary: (experiment.metrics_secondary?.length ?? 0) + savedSecondary,
  };
}
