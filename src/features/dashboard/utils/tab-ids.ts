import type { DashboardTab } from './dashboard-view';

/** The tabs and the panel they control are tied together by id (ARIA tabs pattern). */
export const TAB_PANEL_ID = 'experiments-dashboard-panel';
export const tabId = (tab: DashboardTab) => `experiments-dashboard-tab-${tab}`;
