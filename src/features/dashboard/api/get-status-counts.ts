import { keepPreviousData, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { experimentsQueryOptions } from '@/features/experiments/api/get-experiments';
import type { ExperimentPage } from '@/features/experiments/api/get-experiments';
import { STATUS_FILTERS, type StatusFilter } from '../utils/dashboard-view';
import type { ListFilters } from './list-filters';

export type StatusCounts = Partial<Record<StatusFilter, number>>;

const countOf = (page: ExperimentPage) => page.count;

function byStatus(results: UseQueryResult<number>[]): StatusCounts {
  return Object.fromEntries(STATUS_FILTERS.map((status, i) => [status, results[i]?.data]));
}

/**
 * How many experiments each tab holds, under the same search, creator and archived filters: one `limit=1`
 * request per status, which works on PostHog too (it has no counts endpoint). The keys sit under
 * `experimentKeys.lists()`, so every write refreshes them.
 */
export function useStatusCounts(filters: ListFilters, enabled: boolean): StatusCounts {
  return useQueries({
    queries: STATUS_FILTERS.map((status) => ({
      ...experimentsQueryOptions({
        limit: 1,
        offset: 0,
        ...filters,
        ...(status === 'all' ? {} : { status }),
      }),
      enabled,
      placeholderData: keepPreviousData,
      select: countOf,
    })),
    combine: byStatus,
  });
}
