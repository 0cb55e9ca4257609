import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_READ_RETRIES = 2;
const MAX_RATE_LIMIT_RETRIES = 4;
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * Retry a read only when trying again can help: the server was unreachable or failed (5xx), or PostHog is
 * rate limiting (429) — then a few more times, since waiting is all it asks.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.isRateLimited) return failureCount < MAX_RATE_LIMIT_RETRIES;
  return error.isTransient && failureCount < MAX_READ_RETRIES;
}

/** Wait as long as PostHog asks after a 429 (else exponential backoff: 1 s, 2 s, 4 s … up to 30 s). */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.isRateLimited) {
    const seconds = error.retryAfterSeconds ?? 2 ** failureCount;
    return Math.min(seconds * 1000, MAX_RATE_LIMIT_WAIT_MS);
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Experiments change rarely and by people; 30 s avoids refetching on every navigation.
        staleTime: 30_000,
        retry: shouldRetryQuery,
        retryDelay,
      },
      // A write that failed may have partly happened; the person decides whether to send it again.
      mutations: { retry: false },
    },
  });
}
