import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConsoleConfig, paginated, Project } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';
import { consoleConfigQueryOptions } from './console-config';

const ProjectPage = paginated(Project);

export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: ['projects'],
    queryFn: ({ signal }) => apiFetch(apiPaths.projects(), { schema: ProjectPage, signal }),
    staleTime: 5 * 60_000,
  });

/** The projects the PostHog key can see (only asked for in PostHog mode). */
export function useProjects(enabled: boolean) {
  return useQuery({ ...projectsQueryOptions(), enabled });
}

/**
 * Switches the project the server proxies to. Everything cached belongs to the old project, so every other
 * query is reset (emptied, and refetched where shown) once the server has switched.
 */
export function useSwitchProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiFetch(apiPaths.consoleProject(), { method: 'POST', body: { id }, schema: ConsoleConfig }),
    onSuccess: async (config) => {
      const configKey = consoleConfigQueryOptions().queryKey;
      queryClient.setQueryData(configKey, config);
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== configKey[0] });
    },
  });
}
