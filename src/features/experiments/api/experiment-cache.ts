import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { Experiment } from '@/shared';
import { experimentKeys } from './experiment-keys';
import type { ExperimentPage } from './get-experiments';

type Snapshot = [readonly unknown[], unknown][];

/**
 * Writes one experiment into every cached place it appears (its detail and any list page), so the page,
 * the dashboard rows and the badges agree at once. Returns what was there, for a rollback.
 */
export function writeExperimentEverywhere(
  queryClient: QueryClient,
  id: number,
  update: (experiment: Experiment) => Experiment,
): Snapshot {
  const snapshot: Snapshot = [
    ...queryClient.getQueriesData({ queryKey: experimentKeys.detail(id) }),
    ...queryClient.getQueriesData({ queryKey: experimentKeys.lists() }),
  ];
  queryClient.setQueryData<Experiment>(experimentKeys.detail(id), (old) =>
    old ? update(old) : old,
  );
  queryClient.setQueriesData<ExperimentPage>({ queryKey: experimentKeys.lists() }, (page) =>
    page?.results
      ? { ...page, results: page.results.map((e) => (e.id === id ? update(e) : e)) }
      : page,
  );
  return snapshot;
}

export function restoreSnapshot(queryClient: QueryClient, snapshot: Snapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

export interface SettleOptions {
  /**
   * The write may have changed the feature flag (variants, rollout, holdout, on/off). Other experiments can
   * share the flag, and their cached pages would show the old one: every experiment detail refetches.
   */
  flagMayChange?: boolean;
}

/**
 * After a write: the server's answer is the truth for the detail; lists, counts and attention refetch, and
 * so do the other experiments' details when the shared flag may have changed.
 */
export async function settleExperimentWrite(
  queryClient: QueryClient,
  saved?: Experiment,
  { flagMayChange = false }: SettleOptions = {},
): Promise<void> {
  if (saved) queryClient.setQueryData(experimentKeys.detail(saved.id), saved);
  const savedDetail = saved && hashKey(experimentKeys.detail(saved.id));
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: experimentKeys.lists() }),
    flagMayChange
      ? // The saved one was just written from the answer: no need to fetch it again (its history does).
        queryClient.invalidateQueries({
          queryKey: experimentKeys.details(),
          predicate: (query) => query.queryHash !== savedDetail,
        })
      : saved
        ? queryClient.invalidateQueries({ queryKey: experimentKeys.activity(saved.id) })
        : Promise.resolve(),
  ]);
}
