import Box from '@mui/material/Box';
import { STATUS_LABELS } from '@/shared';
import { TabItem, TabList } from '@/lib/ui/tab-list';
import type { StatusCounts } from '../api/get-status-counts';
import { STATUS_FILTERS, type DashboardTab, type StatusFilter } from '../utils/dashboard-view';
import { TAB_PANEL_ID, tabId } from '../utils/tab-ids';

const tabLabel = (status: StatusFilter) => (status === 'all' ? 'All' : STATUS_LABELS[status].label);

function CountPill({ count }: { count: string | undefined }) {
  if (count === undefined) return null;
  return (
    <Box
      component="span"
      sx={{
        ml: 0.25,
        px: 0.75,
        minWidth: '1.5rem',
        borderRadius: 8,
        bgcolor: 'action.selected',
        color: 'text.primary',
        fontSize: '0.75rem',
        lineHeight: 1.6,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {count}
    </Box>
  );
}

interface StatusTabsProps {
  value: DashboardTab;
  onChange: (tab: DashboardTab) => void;
  counts: StatusCounts;
  /** "12", or "12+" when not every candidate could be checked. */
  attentionCount: string | undefined;
}

export function StatusTabs({ value, onChange, counts, attentionCount }: StatusTabsProps) {
  const count = (status: StatusFilter) => counts[status]?.toLocaleString();
  return (
    <TabList
      value={value}
      onChange={onChange}
      aria-label="Experiment status"
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {STATUS_FILTERS.map((status) => (
        <TabItem
          key={status}
          value={status}
          id={tabId(status)}
          aria-controls={TAB_PANEL_ID}
          label={
            <span>
              {/* The space keeps the tab's name "Running 18", not "Running18". */}
              {tabLabel(status)} <CountPill count={count(status)} />
            </span>
          }
        />
      ))}
      <TabItem
        value="attention"
        id={tabId('attention')}
        aria-controls={TAB_PANEL_ID}
        label={
          <span>
            Needs attention <CountPill count={attentionCount} />
          </span>
        }
      />
    </TabList>
  );
}
