import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { apiFetch, UNREACHABLE_MESSAGE } from './api-client';
import { ApiError } from './api-error';
import { shouldRetryQuery } from './query-client';

const Thing = z.looseObject({ id: z.number(), name: z.string() });

function answer(body: BodyInit | null, init: ResponseInit) {
  const fetchMock = vi.fn(async () => new Response(body, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch', () => {
  it('sends JSON to the same origin and parses the answer with the schema, keeping unknown keys', async () => {
    const fetchMock = answer(JSON.stringify({ id: 7, name: 'Checkout', added_later: true }), {
      status: 200,
    });
    const result = await apiFetch('/api/things/', {
      method: 'PATCH',
      body: { name: 'Checkout' },
      schema: Thing,
    });
    expect(result).toEqual({ id: 7, name: 'Checkout', added_later: true });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/things/',
      expect.objectContaining({
        method: 'PATCH',
        body: '{"name":"Checkout"}',
        credentials: 'same-origin',
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
      }),
    );
  });

  it("turns PostHog's error body into an ApiError that names the field", async () => {
    const body = {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Ensure this field has no more than 400 characters.',
      attr: 'name',
    };
    answer(JSON.stringify(body), { status: 400 });
    const error = await failure(apiFetch('/api/things/1/', { method: 'PATCH', body: {} }));
    expect(error).toMatchObject({ status: 400, ...body, message: body.detail });
  });

  it('explains a network failure in words a person can act on', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await failure(apiFetch('/api/things/'));
    expect(error.status).toBe(0);
    expect(error.detail).toBe(UNREACHABLE_MESSAGE);
    expect(error.isTransient).toBe(true);
  });

  it.each([
    ['a proxy HTML page', '<html>Bad gateway</html>', 502, 'The server answered 502 Bad Gateway.'],
    ['an empty 405', null, 405, 'The server answered 405 Method Not Allowed.'],
    ['a bare {detail}', '{"detail":"Target team not found."}', 404, 'Target team not found.'],
  ])('keeps a clear detail for %s', async (_, body, status, detail) => {
    answer(body, { status });
    const error = await failure(apiFetch('/api/things/1/'));
    expect(error).toMatchObject({ status, detail, attr: null });
  });

  it('reports an answer that does not fit the schema', async () => {
    answer('{"id":"seven"}', { status: 200 });
    const error = await failure(apiFetch('/api/things/7/', { schema: Thing }));
    expect(error.detail).toMatch(/not in the expected shape at id/);
  });

  it('lets a cancelled request reject as an abort, not as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('Aborted', 'AbortError')));
    await expect(apiFetch('/api/things/', { signal: controller.signal })).rejects.toHaveProperty(
      'name',
      'AbortError',
    );
  });
});

describe('shouldRetryQuery', () => {
  const error = (status: number) =>
    new ApiError(status, { type: 't', code: 'c', detail: 'd', attr: null });

  it('retries unreachable and failing servers at most twice, never another 4xx (429 is covered in rate-limit.test.ts)', () => {
    expect(shouldRetryQuery(0, error(0))).toBe(true);
    expect(shouldRetryQuery(1, error(503))).toBe(true);
    expect(shouldRetryQuery(2, error(503))).toBe(false);
    expect(shouldRetryQuery(0, error(404))).toBe(false);
    expect(shouldRetryQuery(0, new Error('bug'))).toBe(false);
  });
});
