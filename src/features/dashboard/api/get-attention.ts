import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Experiment, ExperimentStatus } from '@/shared';
import { experimentKeys } from '@/features/experiments/api/experiment-keys';
import { getExperiments } from '@/features/experiments/api/get-experiments';
import { attentionItems } from '../utils/attention-items';
import { useReadAt } from '../hooks/use-read-at';
import type { ListFilters } from './list-filters';

export const CANDIDATE_LIMIT = 100;

interface CandidateQuery {
  status: ExperimentStatus;
  order: string;
  checked: string;
}

/**
 * PostHog has no "needs attention" endpoint, so the browser reads a bounded set per status, ordered so the
 * likeliest cases come first, and applies the shared rule. A set that holds more than the limit is capped:
 * the UI says so instead of pretending it checked everything.
 */
export const CANDIDATE_SETS = [
  { status: 'stopped', order: '-end_date', checked: 'most recently ended' },
  { status: 'paused', order: 'updated_at', checked: 'longest untouched' },
  { status: 'running', order: 'start_date', checked: 'longest running' },
  { status: 'draft', order: 'updated_at', checked: 'longest untouched' },
] as const satisfies readonly CandidateQuery[];

/**
 * With "Archived only" the tab reads archived experiments, as the list does. Only an ended one can be archived,
 * and the one thing it is checked for is a flag still splitting users: one request is enough.
 */
export const ARCHIVED_CANDIDATE_SETS = [
  { status: 'stopped', order: '-end_date', checked: 'most recently ended' },
] as const satisfies readonly CandidateQuery[];

export interface CandidateSet {
  status: ExperimentStatus;
  checked: string;
  /** How many experiments are in this status, and how many of them were read. */
  total: number;
  read: number;
}

/** Shaped like a list page (`results`), so the shared cache helpers update these rows too. */
export interface AttentionCandidates {
  count: number;
  results: Experiment[];
  sets: CandidateSet[];
}

export async function getAttentionCandidates(
  filters: ListFilters,
  signal?: AbortSignal,
): Promise<AttentionCandidates> {
  const candidateSets = filters.archived ? ARCHIVED_CANDIDATE_SETS : CANDIDATE_SETS;
  const pages = await Promise.all(
    candidateSets.map(({ status, order }) =>
      getExperiments({ limit: CANDIDATE_LIMIT, offset: 0, status, order, ...filters }, signal),
    ),
  );
  const results = pages.flatMap((page) => page.results);
  const sets = candidateSets.map(({ status, checked }, i) => ({
    status,
    checked,
    total: pages[i]?.count ?? 0,
    read: pages[i]?.results.length ?? 0,
  }));
  return { count: results.length, results, sets };
}

/** Under `lists()`: a write anywhere refreshes it with every other list. */
export const attentionQueryOptions = (filters: ListFilters) =>
  queryOptions({
    queryKey: [...experimentKeys.lists(), 'attention', filters] as const,
    queryFn: ({ signal }) => getAttentionCandidates(filters, signal),
  });

/** The same search, creator and archived filters as the list, so the tab's count follows them too. */
export function useAttention(filters: ListFilters, enabled: boolean) {
  const query = useQuery({
    ...attentionQueryOptions(filters),
    enabled,
    placeholderData: keepPreviousData,
  });
  const { data } = query;
  // "Now" is when the data was read: the same answer on every render, fresh after every refetch.
  const readAt = useReadAt(query.dataUpdatedAt);
  const items = useMemo(
    () => (data ? attentionItems(data.results, new Date(readAt)) : undefined),
    [data, readAt],
  );
  const capped = data?.sets.filter((set) => set.total > set.read) ?? [];
  /** How many experiments the filters let through, checked or not: none means "no match", not "all fine". */
  const matched = data?.sets.reduce((sum, set) => sum + set.total, 0);
  return { query, items, capped, matched };
}
