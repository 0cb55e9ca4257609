import type { Experiment } from '@/shared';
import { hasResults } from '@/features/results/utils/result-metrics';

/** The experiment page's tabs, in order; the route keeps the current one in `?tab=`. */
export const EXPERIMENT_TABS = ['results', 'overview', 'history'] as const;
export type ExperimentTab = (typeof EXPERIMENT_TABS)[number];

/**
 * The tab named in the URL, or null when it names none (or an unknown one): then the experiment's own
 * default applies, which the route cannot know before the experiment has loaded.
 */
export function parseExperimentTab(raw: string | null): ExperimentTab | null {
  return (EXPERIMENT_TABS as readonly string[]).includes(raw ?? '') ? (raw as ExperimentTab) : null;
}

/** What the URL asks for: a tab, or null for the experiment's default. */
export type RequestedTab = ExperimentTab | null;

/** A launched experiment opens on its results, the question a PM comes with; a draft on its set-up. */
export function defaultExperimentTab(experiment: Experiment): ExperimentTab {
  return hasResults(experiment) ? 'results' : 'overview';
}
