import { EXPERIMENT_STATUSES, type ExperimentStatus } from '@/shared';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/features/experiments/utils/paging';

/** The tabs above the table: every status, all of them, or the experiments that need a decision. */
export type StatusFilter = ExperimentStatus | 'all';
export type DashboardTab = StatusFilter | 'attention';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...EXPERIMENT_STATUSES];

/** Columns PostHog can order by (its `order` allow-list, contract §1.2). */
export const SORT_FIELDS = ['name', 'status', 'created_at', 'start_date', 'duration'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface Sort {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** `me` stays symbolic in the URL, so a shared "created by me" link means the reader, not the sender. */
export type CreatorFilter = 'me' | number | null;

export interface DashboardView {
  tab: DashboardTab;
  search: string;
  creator: CreatorFilter;
  archived: boolean;
  sort: Sort;
  /** Zero-based; the URL shows it one-based. */
  page: number;
  pageSize: number;
}

export const DEFAULT_SORT: Sort = { field: 'created_at', direction: 'desc' };

export const DEFAULT_VIEW: DashboardView = {
  tab: 'all',
  search: '',
  creator: null,
  archived: false,
  sort: DEFAULT_SORT,
  page: 0,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** "-created_at": the `order` value PostHog expects. */
export function sortToOrder(sort: Sort): string {
  return `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
}

function readSort(raw: string | null): Sort {
  const field = raw?.replace(/^-/, '');
  if (!raw || !SORT_FIELDS.includes(field as SortField)) return DEFAULT_SORT;
  return { field: field as SortField, direction: raw.startsWith('-') ? 'desc' : 'asc' };
}

function readCreator(raw: string | null): CreatorFilter {
  if (raw === 'me') return 'me';
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

function readTab(raw: string | null): DashboardTab {
  if (raw === 'attention') return raw;
  return STATUS_FILTERS.includes(raw as StatusFilter) ? (raw as StatusFilter) : 'all';
}

/** Anything unreadable in a hand-edited URL falls back to the default instead of failing. */
export function readView(params: URLSearchParams): DashboardView {
  const size = Number(params.get('page_size'));
  const page = Number(params.get('page'));
  return {
    tab: readTab(params.get('status')),
    search: params.get('search')?.trim() ?? '',
    creator: readCreator(params.get('creator')),
    archived: params.get('archived') === 'true',
    sort: readSort(params.get('sort')),
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the default goes in the URL, so links stay short. */
export function writeView(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.tab !== 'all') params.set('status', view.tab);
  if (view.search) params.set('search', view.search);
  if (view.creator !== null) params.set('creator', String(view.creator));
  if (view.archived) params.set('archived', 'true');
  const order = sortToOrder(view.sort);
  if (order !== sortToOrder(DEFAULT_SORT)) params.set('sort', order);
  if (view.page > 0) params.set('page', String(view.page + 1));
  if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set('page_size', String(view.pageSize));
  return params;
}

/** Whether the person narrowed the list: an empty answer then means "no matches", not "no experiments". */
export function hasFilters(view: DashboardView): boolean {
  return view.tab !== 'all' || view.search !== '' || view.creator !== null || view.archived;
}

/** The first click on a column sorts the way people usually want it: names A–Z, dates newest first. */
export function nextSort(current: Sort, field: SortField): Sort {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { field, direction: field === 'name' || field === 'status' ? 'asc' : 'desc' };
}
