import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { EventDefinition, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { editorKeys } from './editor-keys';

const EventDefinitionList = paginated(EventDefinition);
export const EVENT_SEARCH_LIMIT = 20;

export const eventDefinitionsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: editorKeys.eventDefinitions(search),
    queryFn: ({ signal }) =>
      apiFetch(
        withSearchParams(apiPaths.eventDefinitions(), { search, limit: EVENT_SEARCH_LIMIT }),
        { schema: EventDefinitionList, signal },
      ),
    // Event names change rarely; a search typed twice should not ask twice.
    staleTime: 5 * 60_000,
  });

/** Events whose name contains `search` (the server puts an exact match first). */
export function useEventDefinitions(search: string, enabled = true) {
  return useQuery({
    ...eventDefinitionsQueryOptions(search),
    enabled,
    placeholderData: keepPreviousData,
  });
}
