import type { QueryClient } from '@tanstack/react-query';
import { prefetchDashboardPage } from '@/features/dashboard/api/dashboard-page-params';
import { paths, routePath } from '@/lib/paths';

/**
 * Asks for the data of the page being opened before React mounts, so the request runs while the page's
 * code downloads. Only the dashboard, the page most people open, needs it.
 */
export function prefetchFirstPage(
  queryClient: QueryClient,
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
): void {
  const route = routePath(pathname);
  // "/" redirects to the dashboard's default view: its query string is not carried over.
  if (route === paths.home.path) void prefetchDashboardPage(queryClient, '');
  if (route === paths.experiments.path) void prefetchDashboardPage(queryClient, search);
}
