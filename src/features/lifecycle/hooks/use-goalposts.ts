import { useEffect } from 'react';
import { goalpostChanges, type Experiment } from '@/shared';
import { useExperimentActivity } from '@/features/experiments/api/get-activity';

/**
 * The goalposts moved since launch, from the experiment's history. The log is paged newest first, so
 * older pages are fetched until one reaches back to the launch.
 */
export function useGoalposts(experiment: Pick<Experiment, 'id' | 'start_date'>) {
  const activity = useExperimentActivity(experiment.id);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = activity;
  const entries = activity.data ?? [];
  const oldest = entries.at(-1);
  const launchedAt = experiment.start_date ? Date.parse(experiment.start_date) : null;
  const reachesLaunch =
    !oldest || launchedAt === null || Date.parse(oldest.created_at) < launchedAt;
  const needsOlder = hasNextPage && !reachesLaunch;

  useEffect(() => {
    if (needsOlder && !isFetchingNextPage) void fetchNextPage();
  }, [needsOlder, isFetchingNextPage, fetchNextPage]);

  return {
    changes: goalpostChanges(entries, experiment.start_date),
    loading: activity.isPending || needsOlder,
    error: activity.isError ? activity.error : null,
    retry: () => void activity.refetch(),
  };
}
