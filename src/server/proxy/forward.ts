import type { Context } from 'hono';

export interface Upstream {
  /** e.g. https://us.posthog.com (no trailing slash) */
  host: string;
  apiKey: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Headers from the browser that may travel on; credentials (Authorization, Cookie) never do. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'accept-language'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-ratelimit-remaining'];

const problem = (c: Context, status: 502 | 504, code: string, detail: string) =>
  c.json({ type: 'server_error', code, detail, attr: null }, status);

/**
 * Sends one allowed request to PostHog with the key added on the server, and passes PostHog's status and
 * body back unchanged (so field-level errors keep their `attr`). Failures to reach PostHog become a 502/504
 * in PostHog's error shape.
 */
export async function forward(
  c: Context,
  upstream: Upstream,
  path: string,
  /** The body, when the caller has already read it to inspect it. */
  readBody?: string,
): Promise<Response> {
  const url = new URL(path, upstream.host);
  url.search = new URL(c.req.url).search;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${upstream.apiKey}`);
  const method = c.req.method;
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : readBody !== undefined
        ? new TextEncoder().encode(readBody)
        : await c.req.arrayBuffer();

  let response: Response;
  try {
    response = await upstream.fetch(url, {
      method,
      headers,
      body: body && body.byteLength > 0 ? body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return problem(
        c,
        504,
        'upstream_timeout',
        `PostHog did not answer within ${upstream.timeoutMs / 1000} s. Nothing was lost here: try again.`,
      );
    }
    return problem(
      c,
      502,
      'upstream_unreachable',
      `Could not reach PostHog at ${upstream.host}. Check the host and your network, then try again.`,
    );
  }

  const text = await response.text();
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value) out.set(name, value);
  }
  // Defence in depth: whatever PostHog sends back, the key never reaches the browser.
  const safe = text.split(upstream.apiKey).join('[redacted]');
  return new Response(response.status === 204 || response.status === 304 ? null : safe, {
    status: response.status,
    headers: out,
  });
}
