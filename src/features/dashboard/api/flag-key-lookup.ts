import { FeatureFlag, paginated, type Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { ExperimentList } from '@/features/experiments/api/get-experiments';
import type { FlagKeyMatches, FlagKeyMatchParams } from './get-flag-key-matches';

const FlagList = paginated(FeatureFlag);

/** Flags looked at per search: a pasted key matches one or two; a short fragment is narrowed by typing on. */
export const FLAG_LIMIT = 5;

const nameMatches = (experiment: Experiment, term: string) =>
  experiment.name.toLowerCase().includes(term.toLowerCase());

/**
 * PostHog's experiment `search` is name-only, and it stays that way here. A pasted flag key is found the way
 * PostHog's own API allows: the flag list's search (key or name, experiment flags only), then each flag's
 * experiments by `feature_flag_id`, with the view's other filters. 1 + up to FLAG_LIMIT requests.
 */
export async function getFlagKeyMatches(
  params: FlagKeyMatchParams,
  signal: AbortSignal,
): Promise<FlagKeyMatches> {
  const { search, ...filters } = params;
  const term = search.toLowerCase();
  const flags = await apiFetch(
    withSearchParams(apiPaths.featureFlags(), { search, type: 'experiment', limit: 20 }),
    { schema: FlagList, signal },
  );
  // The flag search also matches flag names; only keys are asked for here.
  const keyed = flags.results.filter((flag) => flag.key.toLowerCase().includes(term));
  const pages = await Promise.all(
    keyed.slice(0, FLAG_LIMIT).map((flag) =>
      apiFetch(
        withSearchParams(apiPaths.experiments(), {
          ...filters,
          feature_flag_id: flag.id,
          limit: 20,
        }),
        { schema: ExperimentList, signal },
      ),
    ),
  );
  const seen = new Set<number>();
  const results = pages
    .flatMap((page) => page.results)
    .filter((experiment) => {
      if (seen.has(experiment.id) || nameMatches(experiment, search)) return false;
      seen.add(experiment.id);
      return true;
    });
  return { results, moreFlags: keyed.length > FLAG_LIMIT || flags.count > flags.results.length };
}
