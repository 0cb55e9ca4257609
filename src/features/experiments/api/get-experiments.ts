import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { Experiment, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { experimentKeys, type ExperimentListParams } from './experiment-keys';

export const ExperimentList = paginated(Experiment);
export type ExperimentPage = z.infer<typeof ExperimentList>;

export function getExperiments(params: ExperimentListParams, signal?: AbortSignal) {
  const path = withSearchParams(apiPaths.experiments(), { ...params });
  return apiFetch(path, { schema: ExperimentList, signal });
}

export const experimentsQueryOptions = (params: ExperimentListParams) =>
  queryOptions({
    queryKey: experimentKeys.list(params),
    queryFn: ({ signal }) => getExperiments(params, signal),
  });
