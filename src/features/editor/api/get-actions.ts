import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
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

export const actionLabel = (action: Pick<Action, 'id' | 'name'>): string =>
  action.name || `Action #${action.id}`;

/**
 * Actions whose name contains `search`, any case, at most ACTION_SEARCH_LIMIT. PostHog ignores `search`
 * and `limit` on its actions list, so the list is read once and searched here, on either backend.
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

// The embedded server's largest page; PostHog sends every action whatever the limit.
const ACTIONS_PAGE_LIMIT = 1000;

/** Every action of the project, read once: a project has few, and PostHog cannot search them. */
export const actionsQueryOptions = () =>
  queryOptions({
    queryKey: editorKeys.actions(),
    queryFn: ({ signal }) =>
      apiFetch(withSearchParams(apiPaths.actions(), { limit: ACTIONS_PAGE_LIMIT }), {
        schema: ActionList,
        signal,
      }),
    // Actions are defined by hand and change rarely, like event names.
    staleTime: 5 * 60_000,
  });

/** The project's actions whose name contains `search`, as picker options. */
export function useActions(search: string, enabled = true) {
  // Stable per search: an inline select would search the list again on every render (every keystroke).
  const select = useCallback(
    (list: z.infer<typeof ActionList>) => matchingActions(list.results, search),
    [search],
  );
  return useQuery({ ...actionsQueryOptions(), enabled, select });
}
