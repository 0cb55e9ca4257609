import type { DashboardTab, SortField } from './dashboard-view';

export type ColumnId =
  | 'name'
  | 'status'
  | 'flag'
  | 'type'
  | 'creator'
  | 'created'
  | 'started'
  | 'duration'
  | 'primary'
  | 'conclusion'
  | 'actions';

export interface DashboardColumn {
  id: ColumnId;
  label: string;
  /** Pixels; Name has none and takes whatever the others leave. */
  width?: number;
  /** Pixels on wide screens, where there is room to show more of it. */
  wideWidth?: number;
  /** Set when PostHog can order the list by this column. */
  sortField?: SortField;
  /** The column is named for screen readers only (the row menu). */
  hiddenLabel?: boolean;
  /** Tabs on which every row leaves this column empty, so it is not drawn there. */
  emptyOn?: DashboardTab[];
  /** Drawn only on wide screens; on narrower ones its words move under the name (WIDE_COLUMNS_QUERY). */
  wideOnly?: boolean;
}

// Widths fit the longest content each column shows whole ("Stopped early", "Days running", a date).
export const DASHBOARD_COLUMNS: DashboardColumn[] = [
  { id: 'name', label: 'Name', sortField: 'name' },
  { id: 'status', label: 'Status', width: 96, sortField: 'status' },
  { id: 'flag', label: 'Feature flag', width: 124, wideWidth: 184 },
  { id: 'type', label: 'Type', width: 76, wideOnly: true },
  { id: 'creator', label: 'Created by', width: 124, wideOnly: true },
  { id: 'created', label: 'Created', width: 88, sortField: 'created_at' },
  { id: 'started', label: 'Started', width: 84, sortField: 'start_date', emptyOn: ['draft'] },
  {
    id: 'duration',
    label: 'Days running',
    width: 96,
    sortField: 'duration',
    emptyOn: ['draft'],
  },
  { id: 'primary', label: 'Primary metric', width: 104, emptyOn: ['draft'] },
  { id: 'conclusion', label: 'Conclusion', width: 136, emptyOn: ['draft'] },
  { id: 'actions', label: 'Actions', width: 44, hiddenLabel: true },
];

const columnSets = new Map<string, DashboardColumn[]>();

/**
 * The columns worth drawing: a Draft tab has no start, run length, result or conclusion; wide-only ones need
 * a wide screen. The same array for the same tab and width: rows are memoised on it, and a new array on
 * every dashboard render re-rendered all 50 rows (a search paid ~300 ms for it before fetching).
 */
export function visibleColumns(tab: DashboardTab, wide: boolean): DashboardColumn[] {
  const key = `${tab}|${wide}`;
  let columns = columnSets.get(key);
  if (!columns) {
    columns = DASHBOARD_COLUMNS.filter(
      (column) => !column.emptyOn?.includes(tab) && (wide || !column.wideOnly),
    ).map((column) => (wide && column.wideWidth ? { ...column, width: column.wideWidth } : column));
    columnSets.set(key, columns);
  }
  return columns;
}

/** Type and Created by get columns of their own from this width on; below, they sit under the name. */
export const WIDE_COLUMNS_QUERY = '(min-width: 1320px)';

/** Below this viewport width each experiment is a card: no table fits a phone. */
export const CARD_LAYOUT_QUERY = '(max-width: 979.95px)';

const NAME_MIN_WIDTH = 150;

/** The least width the table needs before it scrolls inside its own region (never the page). */
export function tableMinWidth(columns: DashboardColumn[]): number {
  return columns.reduce((sum, column) => sum + (column.width ?? 0), 0) + NAME_MIN_WIDTH;
}
