import type { Experiment } from '../schemas/experiment';

/**
 * The pre-launch checklist. Blockers are what PostHog's `launch` refuses (contract §1.3), with its
 * messages; warnings are what makes a launched experiment hard to conclude, but PostHog allows.
 */
export type ChecklistSeverity = 'blocker' | 'warning';

export interface ChecklistItem {
  id: string;
  severity: ChecklistSeverity;
  /** What is checked, said as the good outcome: "A primary metric is set". */
  label: string;
  passed: boolean;
  /** Why it matters or how to fix it; shown when the check fails. */
  help: string;
}

export type ChecklistInput = Pick<
  Experiment,
  'feature_flag' | 'metrics' | 'saved_metrics' | 'description' | 'parameters'
>;

function primaryMetricCount(experiment: ChecklistInput): number {
  const savedPrimary = (experiment.saved_metrics ?? []).filter(
    (link) => link.metadata?.type !== 'secondary',
  ).length;
  return (experiment.metrics?.length ?? 0) + savedPrimary;
}

export function launchChecklist(experiment: ChecklistInput): ChecklistItem[] {
  const flag = experiment.feature_flag;
  const keys = (flag?.filters?.multivariate?.variants ?? []).map((v) => v.key);
  const flagExists = !!flag && !flag.deleted;
  return [
    {
      id: 'flag',
      severity: 'blocker',
      label: 'The feature flag exists',
      passed: flagExists,
      help: 'Experiment cannot be launched because its feature flag has been deleted.',
    },
    {
      id: 'variants',
      severity: 'blocker',
      label: 'At least two variants',
      passed: flagExists && keys.length >= 2,
      help: 'Feature flag must have at least 2 variants (control and at least one test variant)',
    },
    {
      id: 'control',
      severity: 'blocker',
      label: "One variant is the 'control'",
      passed: flagExists && keys.includes('control'),
      help: "Feature flag must have a variant with key 'control'",
    },
    {
      id: 'primary-metric',
      severity: 'warning',
      label: 'A primary metric is set',
      passed: primaryMetricCount(experiment) > 0,
      help: 'Without a primary metric there is no result to judge the experiment by.',
    },
    {
      id: 'hypothesis',
      severity: 'warning',
      label: 'A hypothesis is written down',
      passed: !!experiment.description?.trim(),
      help: 'Say what you expect to change and why in the description, before seeing any data.',
    },
    {
      id: 'mde',
      severity: 'warning',
      label: 'A minimum detectable effect is set',
      passed: experiment.parameters?.minimum_detectable_effect != null,
      help: 'The smallest change worth detecting tells you how long the experiment must run.',
    },
  ];
}

/** Launch is possible only when no blocker stands (the server would refuse it otherwise). */
export function hasLaunchBlocker(items: readonly ChecklistItem[]): boolean {
  return items.some((item) => item.severity === 'blocker' && !item.passed);
}
