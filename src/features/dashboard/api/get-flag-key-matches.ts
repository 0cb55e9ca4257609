import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Experiment } from '@/shared';
import { experimentKeys } from '@/features/experiments/api/experiment-keys';
import { getFlagKeyMatches } from './flag-key-lookup';
import type { ListFilters } from './list-filters';

export interface FlagKeyMatchParams extends ListFilters {
  search: string;
  status?: string;
}

export interface FlagKeyMatches {
  /** Experiments on a matching flag whose name does not match (those are in the table already). */
  results: Experiment[];
  /** More experiment flags matched than were looked at. */
  moreFlags: boolean;
}

export const flagKeyMatchesQueryOptions = (params: FlagKeyMatchParams) =>
  queryOptions({
    // Under lists(): a write that refreshes the lists refreshes these too.
    queryKey: [...experimentKeys.lists(), 'flag-key-matches', params] as const,
    queryFn: ({ signal }) => getFlagKeyMatches(params, signal),
  });

/**
 * Only while searching; `enabled` lets the table's own page go first. No placeholder: rows marked as matching
 * the previous term would be wrong.
 */
export function useFlagKeyMatches(params: FlagKeyMatchParams, enabled: boolean) {
  return useQuery({
    ...flagKeyMatchesQueryOptions(params),
    enabled: enabled && params.search.length > 0,
  });
}
