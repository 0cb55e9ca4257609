import type { ExperimentStatus } from '@/shared';

/** The list endpoint's query parameters (contract §1.2); paging is limit/offset. */
export interface ExperimentListParams {
  limit: number;
  offset: number;
  search?: string;
  status?: ExperimentStatus | 'all';
  /** PostHog's allow-list, optionally with "-": created_at, updated_at, name, start_date, end_date, duration, status. */
  order?: string;
  /** true = archived only; absent = not archived (PostHog's default). */
  archived?: boolean;
  /** Note the name: PostHog filters by `created_by_id`, not `created_by`. */
  created_by_id?: number;
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
