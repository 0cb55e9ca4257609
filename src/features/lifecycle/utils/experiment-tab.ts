/** The experiment page's tabs, in order; the route keeps the current one in `?tab=`. */
export const EXPERIMENT_TABS = ['overview', 'history'] as const;
export type ExperimentTab = (typeof EXPERIMENT_TABS)[number];

export function parseExperimentTab(raw: string | null): ExperimentTab {
  return (EXPERIMENT_TABS as readonly string[]).includes(raw ?? '')
    ? (raw as ExperimentTab)
    : 'overview';
}
