import { vi } from 'vitest';

type Handler = (request: {
  url: string;
  method: string;
  body: unknown;
}) => Response | Promise<Response>;

/** A JSON response the way our server sends it. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

/**
 * Replaces global fetch for one test with handlers keyed by path (query string ignored). An unknown path
 * answers 404 in PostHog's shape, so a forgotten stub fails loudly instead of hanging.
 */
export function stubFetch(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const handler = handlers[url.pathname];
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    if (handler)
      return handler({ url: url.pathname + url.search, method: init.method ?? 'GET', body });
    return jsonResponse(
      { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null },
      { status: 404 },
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
