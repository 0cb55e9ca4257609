import type { Experiment } from '../schemas/experiment';

/**
 * The pre-launch checklist. Blockers are what PostHog's `launch` refuses (contract §1.3), with its
 * messages; warnings are what makes a launched experiment hard to conclude, but PostHog allows.
 */
export type ChecklistSeverity = 'blocker' | 'warning';

/** The editor section where a failed check is fixed; the editor gives each section this id. */
export type EditorSection = 'basics' | 'variants' | 'metrics';

export interface ChecklistItem {
  id: string;
  severity: ChecklistSeverity;
  /** What is true now, as a statement ("Feature flag `key` is ready"); `backticks` mark keys. */
  label: string;
  passed: boolean;
  /** Why it matters or how to fix it; shown when the check fails. */
  help: string;
  /** Where a failed check is fixed, and the words of the link there. */
  fix: { section: EditorSection; label: string };
}

export type ChecklistInput = Pick<
  Experiment,
  'feature_flag' | 'feature_flag_key' | 'metrics' | 'saved_metrics' | 'description' | 'parameters'
>;

function primaryMetricCount(experiment: ChecklistInput): number {
  const savedPrimary = (experiment.saved_metrics ?? []).filter(
    (link) => link.metadata?.type !== 'secondary',
  ).length;
  return (experiment.metrics?.length ?? 0) + savedPrimary;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function check(item: Omit<ChecklistItem, 'label'> & { yes: string; no: string }): ChecklistItem {
  const { yes, no, ...rest } = item;
  return { ...rest, label: item.passed ? yes : no };
}

export function launchChecklist(experiment: ChecklistInput): ChecklistItem[] {
  const flag = experiment.feature_flag;
  const key = flag?.key ?? experiment.feature_flag_key;
  const keys = (flag?.filters?.multivariate?.variants ?? []).map((v) => v.key);
  const flagExists = !!flag && !flag.deleted;
  const primary = primaryMetricCount(experiment);
  const mde = experiment.parameters?.minimum_detectable_effect;
  return [
    check({
      id: 'flag',
      severity: 'blocker',
      passed: flagExists,
      yes: `Feature flag \`${key}\` is ready`,
      no: `Feature flag \`${key}\` has been deleted`,
      help: 'Experiment cannot be launched because its feature flag has been deleted.',
      fix: { section: 'basics', label: 'Choose another flag' },
    }),
    check({
      id: 'variants',
      severity: 'blocker',
      passed: flagExists && keys.length >= 2,
      yes: `The flag splits users between ${plural(keys.length, 'variant')}`,
      no: flagExists
        ? `The flag has ${keys.length === 0 ? 'no variants' : `only ${plural(keys.length, 'variant')}`}`
        : 'There are no variants to split users between',
      help: 'Feature flag must have at least 2 variants (control and at least one test variant)',
      fix: { section: 'variants', label: 'Add a variant' },
    }),
    check({
      id: 'control',
      severity: 'blocker',
      passed: flagExists && keys.includes('control'),
      yes: '`control` is the baseline the others are compared with',
      no: 'No variant has the key `control`',
      help: "Feature flag must have a variant with key 'control'",
      fix: { section: 'variants', label: 'Rename a variant to control' },
    }),
    check({
      id: 'primary-metric',
      severity: 'warning',
      passed: primary > 0,
      yes: `${plural(primary, 'primary metric')} will judge the result`,
      no: 'No primary metric is set',
      help: 'Without a primary metric there is no result to judge the experiment by.',
      fix: { section: 'metrics', label: 'Add a primary metric' },
    }),
    check({
      id: 'hypothesis',
      severity: 'warning',
      passed: !!experiment.description?.trim(),
      yes: 'The hypothesis is written in the description',
      no: 'No hypothesis is written down',
      help: 'Say what you expect to change and why in the description, before seeing any data.',
      fix: { section: 'basics', label: 'Write the hypothesis' },
    }),
    check({
      id: 'mde',
      severity: 'warning',
      passed: mde != null,
      yes: `The smallest change worth detecting is ${mde}\u00a0%`,
      no: 'No minimum detectable effect is set',
      help: 'The smallest change worth detecting tells you how long the experiment must run.',
      fix: { section: 'variants', label: 'Set the minimum detectable effect' },
    }),
  ];
}

/** Launch is possible only when no blocker stands (the server would refuse it otherwise). */
export function hasLaunchBlocker(items: readonly ChecklistItem[]): boolean {
  return items.some((item) => item.severity === 'blocker' && !item.passed);
}
