import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId } from 'react';
import type { Experiment } from '@/shared';
import { EXPERIMENT_TABS, type ExperimentTab } from '../../utils/experiment-tab';
import { HistoryTab } from '../history/history-tab';
import { OverviewTab } from './overview-tab';

const TAB_LABELS: Record<ExperimentTab, string> = { overview: 'Overview', history: 'History' };

interface ExperimentTabsProps {
  experiment: Experiment;
  tab: ExperimentTab;
  onTabChange: (tab: ExperimentTab) => void;
}

/** The tab lives in the URL (the route owns it), so a link can open the history directly. */
export function ExperimentTabs({ experiment, tab, onTabChange }: ExperimentTabsProps) {
  const baseId = useId();
  const tabId = (t: ExperimentTab) => `${baseId}-tab-${t}`;
  const panelId = (t: ExperimentTab) => `${baseId}-panel-${t}`;
  return (
    <div>
      <Tabs
        value={tab}
        onChange={(_, next: ExperimentTab) => onTabChange(next)}
        aria-label="Experiment sections"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {EXPERIMENT_TABS.map((t) => (
          <Tab
            key={t}
            value={t}
            label={TAB_LABELS[t]}
            id={tabId(t)}
            aria-controls={panelId(t)}
            sx={{ textTransform: 'none', fontSize: '1rem' }}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'overview' ? (
          <OverviewTab experiment={experiment} />
        ) : (
          <HistoryTab experimentId={experiment.id} />
        )}
      </Box>
    </div>
  );
}
