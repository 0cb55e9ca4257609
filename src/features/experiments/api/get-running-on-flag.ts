import { queryOptions } from '@tanstack/react-query';
import { experimentStatus, type Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { experimentKeys } from './experiment-keys';
import { ExperimentList } from './get-experiments';

// Enough to name them; a flag shared by more running experiments is unheard of, and the count still shows.
const LIMIT = 20;

/** The running experiments on a flag other than the asking one, as the server has them. */
export interface RunningOnFlag {
  experiments: Experiment[];
  /** All of them, when more exist than were listed. */
  count: number;
}

/**
 * Turning a flag off pauses every running experiment on it, so whether one shares the flag is asked of the
 * server (`feature_flag_id` + `status=running`), never read from whatever list is at hand (capped, filtered).
 * A running experiment cannot be archived, so one request covers them all.
 */
export async function getRunningOnFlag(
  flagId: number | null,
  askingId: number,
  signal?: AbortSignal,
): Promise<RunningOnFlag> {
  if (flagId == null) return { experiments: [], count: 0 };
  const page = await apiFetch(
    withSearchParams(apiPaths.experiments(), {
      feature_flag_id: flagId,
      status: 'running',
      limit: LIMIT,
    }),
    { schema: ExperimentList, signal },
  );
  const isOther = (e: Experiment) => e.id !== askingId;
  // PostHog's `running` also lists paused experiments; the derived status tells them apart.
  const experiments = page.results.filter((e) => isOther(e) && experimentStatus(e) === 'running');
  const selfListed = page.results.some((e) => !isOther(e)) ? 1 : 0;
  return { experiments, count: Math.max(experiments.length, page.count - selfListed) };
}

/** Under `lists()`: any write (a launch, a pause elsewhere) refreshes it with the lists. */
export const runningOnFlagQueryOptions = (experiment: Pick<Experiment, 'id' | 'feature_flag'>) => {
  const flagId = experiment.feature_flag?.id ?? null;
  const askingId = experiment.id;
  return queryOptions({
    queryKey: [...experimentKeys.lists(), 'running-on-flag', flagId, askingId] as const,
    queryFn: ({ signal }) => getRunningOnFlag(flagId, askingId, signal),
    // Asked right before a switch that could pause someone else's test: never answered from an old read.
    staleTime: 0,
  });
};
