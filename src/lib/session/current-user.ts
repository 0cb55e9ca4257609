import { queryOptions, useQuery } from '@tanstack/react-query';
import { CurrentUser } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';

export function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser> {
  return apiFetch(apiPaths.currentUser(), { schema: CurrentUser, signal });
}

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['current-user'],
    queryFn: ({ signal }) => getCurrentUser(signal),
    staleTime: 5 * 60_000,
  });

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
