import type { Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { ExperimentList } from './get-experiments';

// Enough to name them; a flag shared by more experiments is unheard of, and the count still shows.
const LIMIT = 20;

/** Experiments on one flag as the server lists them: the first page, and how many there are in all. */
export interface OnFlag {
  experiments: Experiment[];
  count: number;
}

/**
 * The experiments on a feature flag (PostHog's `feature_flag_id` filter), asked of the server, never read
 * from whatever list is at hand (capped, filtered). PostHog lists either archived or non-archived
 * experiments, never both: `withArchived` asks for both (an archived shipped experiment still decides what
 * its flag serves). Deleted experiments are never listed.
 */
export async function getFlagExperiments(
  flagId: number,
  options: { status?: 'running'; withArchived?: boolean } = {},
  signal?: AbortSignal,
): Promise<OnFlag> {
  const page = (archived: boolean) =>
    apiFetch(
      withSearchParams(apiPaths.experiments(), {
        feature_flag_id: flagId,
        status: options.status,
        archived: archived ? 'true' : undefined,
        limit: LIMIT,
      }),
      { schema: ExperimentList, signal },
    );
  const pages = await Promise.all(options.withArchived ? [page(false), page(true)] : [page(false)]);
  return {
    experiments: pages.flatMap((p) => p.results),
    count: pages.reduce((sum, p) => sum + p.count, 0),
  };
}

/**
 * The ones other than the asking experiment. The count drops the asking one only when it was listed: one
 * not on the flag (or filtered out by status) was never counted.
 */
export function othersOnFlag(onFlag: OnFlag, askingId: number): OnFlag {
  const experiments = onFlag.experiments.filter((e) => e.id !== askingId);
  const selfListed = onFlag.experiments.length - experiments.length;
  return { experiments, count: Math.max(experiments.length, onFlag.count - selfListed) };
}
