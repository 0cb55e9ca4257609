import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { ExperimentList } from '@/features/experiments/api/get-experiments';
import type { Experiment } from '@/shared';

// Enough to name who else a flag serves; a flag shared by more is unheard of, and the count still shows.
const LIMIT = 20;

/**
 * Every experiment on this feature flag (PostHog's `feature_flag_id` filter), archived ones too: PostHog
 * lists either archived or non-archived experiments, never both, and an archived shipped experiment still
 * decides what its flag serves. Deleted experiments are never listed.
 */
export async function getFlagExperiments(
  flagId: number,
  signal?: AbortSignal,
): Promise<{ experiments: Experiment[]; count: number }> {
  const page = (archived: boolean) =>
    apiFetch(
      withSearchParams(apiPaths.experiments(), {
        feature_flag_id: flagId,
        archived: archived ? 'true' : undefined,
        limit: LIMIT,
      }),
      { schema: ExperimentList, signal },
    );
  const [current, archived] = await Promise.all([page(false), page(true)]);
  return {
    experiments: [...current.results, ...archived.results],
    count: current.count + archived.count,
  };
}
