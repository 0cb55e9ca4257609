import { queryOptions, useQuery } from '@tanstack/react-query';
import { ExperimentHoldout, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { editorKeys } from './editor-keys';

const HoldoutList = paginated(ExperimentHoldout);

export const holdoutsQueryOptions = () =>
  queryOptions({
    queryKey: editorKeys.holdouts(),
    queryFn: ({ signal }) =>
      apiFetch(withSearchParams(apiPaths.holdouts(), { limit: 100 }), {
        schema: HoldoutList,
        signal,
      }),
    select: (page) => page.results,
  });

/** Holdouts of the project, for the picker and the traffic bar. */
export function useHoldouts() {
  return useQuery(holdoutsQueryOptions());
}
