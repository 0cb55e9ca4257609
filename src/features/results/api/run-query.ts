import { z } from 'zod/mini';
import { pendingQueryStatus, QueryStatusResponse } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { apiPaths } from '@/lib/api-paths';
import { sleep } from '@/lib/sleep';

/** PostHog's UI polling schedule (results.md §1.1): 300 ms, ×1.25 per poll, at most 3 s apart, 606 s in all. */
const FIRST_POLL_MS = 300;
const POLL_GROWTH = 1.25;
const MAX_POLL_MS = 3000;
const GIVE_UP_MS = 606_000;

export interface RunQueryOptions {
  /** A person asked for fresh numbers: PostHog recomputes instead of answering from its 24 h cache. */
  force?: boolean;
  signal?: AbortSignal;
}

/**
 * Runs one query node through `POST …/query/` and resolves with the parsed answer. PostHog may answer 202 with
 * a running `query_status`; then the status is polled until it completes, as PostHog's own UI does.
 */
export async function runQuery<S extends z.core.$ZodType>(
  node: Record<string, unknown>,
  schema: S,
  { force = false, signal }: RunQueryOptions = {},
): Promise<z.output<S>> {
  const body = { query: node, refresh: force ? 'force_async' : 'async' };
  const first = await apiFetch(apiPaths.query(), { method: 'POST', body, signal });
  const answer = pendingQueryStatus(first) ? await pollUntilComplete(first, signal) : first;
  const parsed = z.safeParse(schema, answer);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError(200, {
    type: 'invalid_response',
    code: 'unexpected_shape',
    detail: `The results were not in the expected shape: ${issue?.message ?? 'unknown problem'}.`,
    attr: null,
  });
}

async function pollUntilComplete(first: unknown, signal?: AbortSignal): Promise<unknown> {
  let status = pendingQueryStatus(first);
  let wait = FIRST_POLL_MS;
  const started = Date.now();
  while (status && status.complete === false) {
    if (Date.now() - started > GIVE_UP_MS)
      throw queryFailed('The query timed out. Try again later.');
    await sleep(wait, signal);
    wait = Math.min(wait * POLL_GROWTH, MAX_POLL_MS);
    const next = await apiFetch(apiPaths.queryStatus(status.id), {
      schema: QueryStatusResponse,
      signal,
    });
    status = next.query_status;
  }
  if (status?.error) throw queryFailed(status.error_message || 'The query failed.');
  return status?.results;
}

function queryFailed(detail: string) {
  return new ApiError(400, { type: 'validation_error', code: 'query_error', detail, attr: null });
}
