import type { QueryClient } from '@tanstack/react-query';
import type { ExperimentListParams } from '@/features/experiments/api/experiment-keys';
import { experimentsQueryOptions } from '@/features/experiments/api/get-experiments';
import { DEFAULT_SORT, readView, sortToOrder, type DashboardView } from '../utils/dashboard-view';
import { listFilters } from './list-filters';

/**
 * The list parameters of the table's page for a view: one function, so the page the dashboard asks for and
 * the one prefetched on load share a cache entry. `createdById` is the view's creator once "me" is resolved.
 */
export function dashboardPageParams(
  view: DashboardView,
  createdById: number | undefined,
): ExperimentListParams {
  const status = view.tab === 'all' || view.tab === 'attention' ? undefined : view.tab;
  const order = sortToOrder(view.sort);
  return {
    limit: view.pageSize,
    offset: view.page * view.pageSize,
    ...listFilters({ search: view.search, created_by_id: createdById, archived: view.archived }),
    ...(status ? { status } : {}),
    ...(order === sortToOrder(DEFAULT_SORT) ? {} : { order }),
  };
}

/**
 * Starts reading the table's first page from the URL alone, before React has rendered anything, so the
 * request runs while the page's code loads and mounts. "Created by me" waits for the user, and the
 * attention tab shows no table: both are left to the dashboard itself.
 */
export function prefetchDashboardPage(queryClient: QueryClient, search: string): Promise<void> {
  const view = readView(new URLSearchParams(search));
  if (view.creator === 'me' || view.tab === 'attention') return Promise.resolve();
  return queryClient.prefetchQuery(
    experimentsQueryOptions(dashboardPageParams(view, view.creator ?? undefined)),
  );
}
