import type { SortField } from './dashboard-view';

export interface DashboardColumn {
  id: string;
  label: string;
  width: string;
  /** Set when PostHog can order the list by this column. */
  sortField?: SortField;
  /** The column is named for screen readers only (the row menu). */
  hiddenLabel?: boolean;
}

// A fixed layout lets long names truncate instead of pushing the other columns off screen.
export const DASHBOARD_COLUMNS: DashboardColumn[] = [
  { id: 'name', label: 'Name', width: '18%', sortField: 'name' },
  { id: 'status', label: 'Status', width: '9%', sortField: 'status' },
  { id: 'flag', label: 'Feature flag', width: '11%' },
  { id: 'type', label: 'Type', width: '6%' },
  { id: 'creator', label: 'Created by', width: '9%' },
  { id: 'created', label: 'Created', width: '8%', sortField: 'created_at' },
  { id: 'started', label: 'Started', width: '8%', sortField: 'start_date' },
  { id: 'duration', label: 'Days running', width: '7%', sortField: 'duration' },
  { id: 'primary', label: 'Primary metric', width: '10%' },
  { id: 'conclusion', label: 'Conclusion', width: '12%' },
  { id: 'actions', label: 'Actions', width: '44px', hiddenLabel: true },
];

/** Below this the table scrolls sideways inside its own region instead of squeezing every column. */
export const TABLE_MIN_WIDTH = 1080;
