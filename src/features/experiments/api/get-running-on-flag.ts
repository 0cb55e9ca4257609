import { queryOptions } from '@tanstack/react-query';
import { experimentStatus, type Experiment } from '@/shared';
import { experimentKeys } from './experiment-keys';
import { getFlagExperiments, othersOnFlag } from './get-flag-experiments';

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
  const others = othersOnFlag(
    await getFlagExperiments(flagId, { status: 'running' }, signal),
    askingId,
  );
  // PostHog's `running` also lists paused experiments; the derived status tells them apart.
  const experiments = others.experiments.filter((e) => experimentStatus(e) === 'running');
  return { experiments, count: Math.max(experiments.length, others.count) };
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
