import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { ActivityPage, type Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { experimentKeys } from './experiment-keys';

/** Newest first, as PostHog serves it; one page covers the whole life of most experiments. */
export const ACTIVITY_PAGE_SIZE = 100;

export function getExperimentActivity(id: number, page: number, signal?: AbortSignal) {
  const path = withSearchParams(apiPaths.experimentActivity(id), {
    limit: ACTIVITY_PAGE_SIZE,
    page: page > 1 ? page : null,
  });
  return apiFetch(path, { schema: ActivityPage, signal });
}

/**
 * Under `experimentKeys.activity(id)`, which every experiment write invalidates, so the history and the
 * conclusion card follow each action without a reload.
 */
export const experimentActivityQueryOptions = (id: number) =>
  infiniteQueryOptions({
    queryKey: experimentKeys.activity(id),
    queryFn: ({ pageParam, signal }) => getExperimentActivity(id, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (lastPage, _pages, lastPageNumber) =>
      lastPage.next ? lastPageNumber + 1 : undefined,
  });

/**
 * The loaded entries as one list, newest first; `fetchNextPage` brings older ones. `enabled` lets a caller
 * wait until it needs them.
 */
export function useExperimentActivity(id: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...experimentActivityQueryOptions(id),
    enabled,
    select: (data) => data.pages.flatMap((page) => page.results),
  });
}

export function getFlagActivity(flagId: number, signal?: AbortSignal) {
  const path = withSearchParams(`${apiPaths.featureFlag(flagId)}activity/`, {
    limit: ACTIVITY_PAGE_SIZE,
  });
  return apiFetch(path, { schema: ActivityPage, signal });
}

/**
 * The experiment's flag's own history (who turned it off or on, from any page or from PostHog), under the
 * experiment's activity key so every experiment write refreshes it too. The newest page is enough: the
 * History merges it with the experiment's entries, and "off since" needs only the latest switch.
 */
export const flagActivityQueryOptions = (experimentId: number, flagId: number) =>
  queryOptions({
    queryKey: [...experimentKeys.activity(experimentId), 'flag', flagId] as const,
    queryFn: ({ signal }) => getFlagActivity(flagId, signal),
  });

/** Off when the experiment has no live flag; `enabled` lets a caller wait until it needs the entries. */
export function useFlagActivity(experiment: Experiment, enabled = true) {
  const flag = experiment.feature_flag;
  return useQuery({
    ...flagActivityQueryOptions(experiment.id, flag?.id ?? 0),
    enabled: enabled && !!flag && !flag.deleted,
    select: (page) => page.results,
  });
}
