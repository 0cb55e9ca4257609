import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { Action } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { editorKeys } from './editor-keys';

// PostHog answers `{results}` alone (its list view is not paged), the embedded server the paged shape.
const ActionList = z.looseObject({ count: z.optional(z.number()), results: z.array(Action) });
export const ACTION_SEARCH_LIMIT = 20;

/** A picked action as a metric source stores it. */
export interface ActionRef {
  id: number;
  name: string;
}

/** An action offered by the picker: what the source stores, plus its description to show. */
export interface ActionOption extends ActionRef {
  description: string | null;
}

export const actionLabel = (action: Action): string => action.name || `Action #${action.id}`;

/**
 * Actions whose name contains `search`, any case. PostHog ignores `search` and `limit` on this list and
 * sends every action, so the same filter runs here too; either backend gives the same answer.
 */
export function matchingActions(actions: readonly Action[], search: string): ActionOption[] {
  const term = search.toLowerCase();
  return actions
    .filter((action) => !action.deleted)
    .map((action) => ({
      id: action.id,
      name: actionLabel(action),
      description: action.description || null,
    }))
    .filter((action) => action.name.toLowerCase().includes(term))
    .slice(0, ACTION_SEARCH_LIMIT);
}

export const actionsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: editorKeys.actions(search),
    queryFn: async ({ signal }) => {
      const list = await apiFetch(
        withSearchParams(apiPaths.actions(), { search, limit: ACTION_SEARCH_LIMIT }),
        { schema: ActionList, signal },
      );
      return matchingActions(list.results, search);
    },
    // Actions are defined by hand and change rarely, like event names.
    staleTime: 5 * 60_000,
  });

/** The project's actions whose name contains `search`, as picker options. */
export function useActions(search: string, enabled = true) {
  return useQuery({
    ...actionsQueryOptions(search),
    enabled,
    placeholderData: keepPreviousData,
  });
}
