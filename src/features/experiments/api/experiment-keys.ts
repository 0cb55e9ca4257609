import type { ExperimentStatus } from '@/shared';

/** The list endpoint's query parameters (contract §1.2); paging is limit/offset. */
export interface ExperimentListParams {
  limit: number;
  offset: number;
  search?: string;
  status?: ExperimentStatus | 'all';
  order?: string;
}

/**
 * Every query whose data is derived from many experiments (lists, counts, "needs attention") must live under
 * `lists()`, so one invalidation after a write refreshes them all.
 *
 * General to specific, so `invalidateQueries({ queryKey: experimentKeys.lists() })` refreshes every
 * filtered list at once and `experimentKeys.all` everything about experiments.
 */
export const experimentKeys = {
  all: ['experiments'] as const,
  lists: () => [...experimentKeys.all, 'list'] as const,
  list: (params: ExperimentListParams) => [...experimentKeys.lists(), params] as const,
  details: () => [...experimentKeys.all, 'detail'] as const,
  detail: (id: number) => [...experimentKeys.details(), id] as const,
  activity: (id: number) => [...experimentKeys.detail(id), 'activity'] as const,
};
