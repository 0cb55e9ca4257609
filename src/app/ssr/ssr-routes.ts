import type { QueryClient } from '@tanstack/react-query';
import { prefetchDashboardPage } from '@/features/dashboard/api/dashboard-page-params';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import { parseExperimentId, paths, routePath } from '@/lib/paths';
import { consoleConfigQueryOptions } from '@/lib/session/console-config';
import { currentUserQueryOptions } from '@/lib/session/current-user';

/**
 * The pages rendered on the server for their first view, and the data each shows first: the dashboard
 * (the page most people open) and an experiment's page. Other pages are served as the plain app.
 */
export function ssrPrefetch(
  url: Pick<URL, 'pathname' | 'search'>,
): ((queryClient: QueryClient) => Promise<unknown>) | null {
  const route = routePath(url.pathname);
  const shell = (queryClient: QueryClient) => [
    queryClient.prefetchQuery(consoleConfigQueryOptions()),
    queryClient.prefetchQuery(currentUserQueryOptions()),
  ];
  if (route === paths.experiments.path) {
    return (queryClient) =>
      Promise.all([...shell(queryClient), prefetchDashboardPage(queryClient, url.search)]);
  }
  const match = /^\/experiments\/([^/]+)$/.exec(route);
  const id =
    match && match[1] !== 'new' && match[1] !== 'deleted' ? parseExperimentId(match[1]) : null;
  if (id === null) return null;
  return (queryClient) =>
    Promise.all([...shell(queryClient), queryClient.prefetchQuery(experimentQueryOptions(id))]);
}
