import Box from '@mui/material/Box';
import { lazy, Suspense, useId } from 'react';
import { TabItem, TabList } from '@/lib/ui/tab-list';
import type { Experiment } from '@/shared';
import { ResultsSkeleton } from '@/features/results/components/results-skeleton';
import {
  defaultExperimentTab,
  EXPERIMENT_TABS,
  type ExperimentTab,
  type RequestedTab,
} from '../../utils/experiment-tab';
import { HistoryTab } from '../history/history-tab';
import { OverviewTab } from './overview-tab';

// The results (tables, charts) download on first view, so the rest of the page stays light.
const ResultsPanel = lazy(() => import('@/features/results/components/results-panel'));

const TAB_LABELS: Record<ExperimentTab, string> = {
  results: 'Results',
  overview: 'Overview',
  history: 'History',
};

interface ExperimentTabsProps {
  experiment: Experiment;
  /** From the URL; null means the experiment's default tab. */
  tab: RequestedTab;
  onTabChange: (tab: RequestedTab) => void;
}

/** The tab lives in the URL (the route owns it), so a link can open the history directly. */
export function ExperimentTabs({ experiment, tab, onTabChange }: ExperimentTabsProps) {
  const baseId = useId();
  const tabId = (t: ExperimentTab) => `${baseId}-tab-${t}`;
  const panelId = (t: ExperimentTab) => `${baseId}-panel-${t}`;
  const fallback = defaultExperimentTab(experiment);
  const current = tab ?? fallback;
  return (
    <div>
      <TabList
        value={current}
        // The default tab is no tab in the URL, so a plain link to the experiment opens it.
        onChange={(next) => onTabChange(next === fallback ? null : next)}
        aria-label="Experiment sections"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {EXPERIMENT_TABS.map((t) => (
          <TabItem
            key={t}
            value={t}
            label={TAB_LABELS[t]}
            id={tabId(t)}
            aria-controls={panelId(t)}
            sx={{ fontSize: '1rem' }}
          />
        ))}
      </TabList>
      <Box role="tabpanel" id={panelId(current)} aria-labelledby={tabId(current)}>
        {current === 'results' && (
          <Suspense fallback={<ResultsSkeleton />}>
            <ResultsPanel experiment={experiment} />
          </Suspense>
        )}
        {current === 'overview' && <OverviewTab experiment={experiment} />}
        {current === 'history' && <HistoryTab experiment={experiment} />}
      </Box>
    </div>
  );
}
