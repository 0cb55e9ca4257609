import type { ExperimentListParams } from '@/features/experiments/api/experiment-keys';

/** The filters every dashboard query shares (the table, the counts, needs attention). */
export type ListFilters = Pick<ExperimentListParams, 'search' | 'created_by_id' | 'archived'>;

/** Leaves out empty filters, so equal views share one cache entry and one URL. */
export function listFilters(filters: ListFilters): ListFilters {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.created_by_id !== undefined ? { created_by_id: filters.created_by_id } : {}),
    ...(filters.archived ? { archived: true } : {}),
  };
}
