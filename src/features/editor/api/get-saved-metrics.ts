import { queryOptions, useQuery } from '@tanstack/react-query';
import { ExperimentSavedMetric, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { editorKeys } from './editor-keys';

const SavedMetricList = paginated(ExperimentSavedMetric);

export const savedMetricsQueryOptions = () =>
  queryOptions({
    queryKey: editorKeys.savedMetrics(),
    queryFn: ({ signal }) =>
      apiFetch(withSearchParams(apiPaths.savedMetrics(), { limit: 100 }), {
        schema: SavedMetricList,
        signal,
      }),
    select: (page) => page.results,
  });

/** Shared metrics of the project, to attach to an experiment as primary or secondary. */
export function useSavedMetrics() {
  return useQuery(savedMetricsQueryOptions());
}
