import { z } from 'zod/mini';
import { PostHogErrorBody } from '@/shared';
import { ApiError } from './api-error';
import { describeStatus } from './http-status';
import { noteIfSignedOut, signInGeneration } from './session/signed-out';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiFetchOptions<S extends z.core.$ZodType = z.core.$ZodType> {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Parses the response; the shared schemas are lenient, so new PostHog fields pass through. */
  schema?: S;
}

export const UNREACHABLE_MESSAGE =
  'Could not reach the server. Check that it is running, then retry.';

type Transport = (path: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (path, init) => fetch(path, init);

/**
 * Where requests go: the browser's fetch, same origin. A page rendered on the server asks the server's own
 * API in the same process instead (src/server/ssr/), through the same code and the same checks.
 */
export function setApiTransport(next: Transport): void {
  transport = next;
}

/**
 * Calls the console's own server (same origin: in PostHog mode it proxies and keeps the API key server-side).
 * Resolves with the parsed body, or rejects with an ApiError that always has a sentence a person can read.
 */
export async function apiFetch<S extends z.core.$ZodType>(
  path: string,
  options: ApiFetchOptions<S> & { schema: S },
): Promise<z.output<S>>;
export async function apiFetch(path: string, options?: ApiFetchOptions): Promise<unknown>;
export async function apiFetch(path: string, options: ApiFetchOptions = {}): Promise<unknown> {
  const { method = 'GET', body, signal, schema } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const sentUnder = signInGeneration();
  let response: Response;
  try {
    response = await transport(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    // A cancelled request is not a failure: let React Query see the AbortError it expects.
    if (signal?.aborted) throw error;
    throw new ApiError(
      0,
      { type: 'network_error', code: 'unreachable', detail: UNREACHABLE_MESSAGE, attr: null },
      { cause: error },
    );
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const error = errorFromResponse(response, payload);
    noteIfSignedOut(error, sentUnder);
    throw error;
  }
  if (!schema) return payload.ok ? payload.value : undefined;
  const parsed = z.safeParse(schema, payload.ok ? payload.value : undefined);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new ApiError(
    response.status,
    {
      type: 'invalid_response',
      code: 'unexpected_shape',
      detail: `The server's answer was not in the expected shape${where}: ${issue?.message ?? 'unknown problem'}.`,
      attr: null,
    },
    { cause: parsed.error },
  );
}

type JsonPayload = { ok: true; value: unknown } | { ok: false };

async function readJson(response: Response): Promise<JsonPayload> {
  const text = await response.text().catch(() => '');
  if (!text) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function errorFromResponse(response: Response, payload: JsonPayload): ApiError {
  const body = payload.ok ? payload.value : undefined;
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : null;
  const postHog = PostHogErrorBody.safeParse(body);
  if (postHog.success) return new ApiError(response.status, postHog.data, { retryAfterSeconds });
  const fallback = {
    type: response.status >= 500 ? 'server_error' : 'invalid_request',
    code: `http_${response.status}`,
    attr: null,
  };
  // Some PostHog answers carry only `{"detail": ...}` (duplicate, copy_to_project): keep their sentence.
  const detail = (body as { detail?: unknown } | undefined)?.detail;
  if (typeof detail === 'string' && detail) {
    return new ApiError(response.status, { ...fallback, detail });
  }
  const status = describeStatus(response.status, response.statusText);
  return new ApiError(response.status, { ...fallback, detail: `The server answered ${status}.` });
}
