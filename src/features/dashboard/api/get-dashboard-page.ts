import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExperimentListParams } from '@/features/experiments/api/experiment-keys';
import { experimentsQueryOptions } from '@/features/experiments/api/get-experiments';

/**
 * One page of the table, read with PostHog's own list parameters. The previous page stays on screen while
 * the next loads (no blank table on a filter change or a background refetch). `enabled` waits for "me".
 */
export function useDashboardPage(params: ExperimentListParams, enabled: boolean) {
  return useQuery({
    ...experimentsQueryOptions(params),
    enabled,
    placeholderData: keepPreviousData,
  });
}
