import { ApiError, errorMessage } from '@/lib/api-error';
import { sleep as abortableSleep } from '@/lib/sleep';
import { createTaskLimiter } from './task-limiter';

export type ItemOutcome<T> =
  | { state: 'done'; value: T }
  | { state: 'failed'; message: string }
  /** Stopped before it started: nothing was sent for it. */
  | { state: 'cancelled' };

export interface BatchOptions<I, T> {
  items: readonly I[];
  perform: (item: I) => Promise<T>;
  /** Requests in flight at once: PostHog has no bulk API, and its burst limit is per team. */
  concurrency: number;
  /** Aborting stops what has not started; what is in flight finishes and is reported. */
  signal: AbortSignal;
  /** After each item settles, with how many have. */
  onSettled?: (item: I, outcome: ItemOutcome<T>, settledCount: number) => void;
  /** How a wait is made (tests pass one that does not sleep); an abort may end it early. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A 429 says the request was refused before anything ran, so sending it again is safe; nothing else is. */
const MAX_RATE_LIMIT_WAITS = 5;
const rateLimitWaitMs = (error: ApiError, attempt: number) =>
  Math.min(60, error.retryAfterSeconds ?? 2 ** attempt) * 1000;

/**
 * Runs one write per item with bounded concurrency, in order, and reports each outcome. A failed write is
 * reported, never repeated: the server may have applied it. Only PostHog's rate limit (429) waits and
 * sends again, as reads do. Resolves with every item's outcome, in the items' order.
 */
export async function runBatch<I, T>(options: BatchOptions<I, T>): Promise<ItemOutcome<T>[]> {
  const { items, perform, concurrency, signal, onSettled, sleep = abortableSleep } = options;
  const limit = createTaskLimiter(concurrency);
  let settled = 0;

  const attempt = async (item: I): Promise<ItemOutcome<T>> => {
    for (let waits = 0; ; waits++) {
      try {
        return { state: 'done', value: await perform(item) };
      } catch (error) {
        const limited = error instanceof ApiError && error.isRateLimited;
        if (!limited || waits >= MAX_RATE_LIMIT_WAITS) {
          return { state: 'failed', message: errorMessage(error) };
        }
        await sleep(rateLimitWaitMs(error, waits), signal).catch(() => undefined);
        // Stopped while waiting: the refused request never ran, so this one is simply not started.
        if (signal.aborted) return { state: 'cancelled' };
      }
    }
  };

  return Promise.all(
    items.map(async (item) => {
      const outcome = await limit(() => attempt(item), signal).catch((): ItemOutcome<T> => ({
        state: 'cancelled',
      }));
      settled += 1;
      onSettled?.(item, outcome, settled);
      return outcome;
    }),
  );
}
