import { queryOptions, useQuery } from '@tanstack/react-query';
import { ConsoleConfig } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';

export { ConsoleConfig };

export function getConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  return apiFetch(apiPaths.consoleConfig(), { schema: ConsoleConfig, signal });
}

export const consoleConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['console-config'],
    queryFn: ({ signal }) => getConsoleConfig(signal),
    // Fixed for the life of the server process.
    staleTime: Infinity,
  });

export function useConsoleConfig() {
  return useQuery(consoleConfigQueryOptions());
}

/** "Embedded demo · Demo project" or "PostHog · us.posthog.com · Web app". */
export function describeBackend(config: ConsoleConfig): string {
  if (config.mode === 'embedded') return `Embedded demo · ${config.project.name}`;
  const host = config.host ? hostName(config.host) : null;
  return ['PostHog', host, config.project.name].filter(Boolean).join(' · ');
}

function hostName(host: string): string {
  try {
    return new URL(host).host;
  } catch {
    return host;
  }
}
