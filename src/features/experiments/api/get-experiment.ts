import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';
import { experimentKeys } from './experiment-keys';
import type { ExperimentPage } from './get-experiments';

export function getExperiment(id: number, signal?: AbortSignal): Promise<Experiment> {
  return apiFetch(apiPaths.experiment(id), { schema: Experiment, signal });
}

export const experimentQueryOptions = (id: number) =>
  queryOptions({
    queryKey: experimentKeys.detail(id),
    queryFn: ({ signal }) => getExperiment(id, signal),
  });

/** Lists return whole experiments, so a row just clicked can show at once while the detail loads. */
function fromLoadedLists(queryClient: QueryClient, id: number): Experiment | undefined {
  const lists = queryClient.getQueriesData<ExperimentPage>({
    queryKey: experimentKeys.lists(),
  });
  for (const [, page] of lists) {
    const match = page?.results.find((experiment) => experiment.id === id);
    if (match) return match;
  }
  return undefined;
}

export function useExperiment(id: number) {
  const queryClient = useQueryClient();
  return useQuery({
    ...experimentQueryOptions(id),
    placeholderData: () => fromLoadedLists(queryClient, id),
  });
}
