import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_READ_RETRIES = 2;

/** Retry a read only when trying again can help: the server was unreachable or failed (5xx). */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.isTransient && failureCount < MAX_READ_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Experiments change rarely and by people; 30 s avoids refetching on every navigation.
        staleTime: 30_000,
        retry: shouldRetryQuery,
      },
      // A write that failed may have partly happened; the person decides whether to send it again.
      mutations: { retry: false },
    },
  });
}
