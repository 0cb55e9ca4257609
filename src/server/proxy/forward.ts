import type { Context } from 'hono';
import { jsonNestsDeeperThan, readBounded } from '../http/json-body-guard';
import { encodedForms, redactJson } from './redact';

export interface Upstream {
  /** e.g. https://us.posthog.com (no trailing slash) */
  host: string;
  apiKey: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Headers from the browser that may travel on; credentials (Authorization, Cookie) never do. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'accept-language'];
/** PostHog's headers that reach the browser, and only with a number (nothing else fits in one). */
const FORWARDED_NUMERIC_HEADERS = ['retry-after', 'x-ratelimit-remaining'];

/** The largest answer passed on: a 1000-experiment list page is about 10 MB. */
export const MAX_UPSTREAM_RESPONSE_BYTES = 32 * 1024 * 1024;
/** PostHog's answers nest far less; a deeper one could not be written back out. */
const MAX_UPSTREAM_DEPTH = 128;

const problem = (status: 502 | 504, code: string, detail: string) =>
  Response.json({ type: 'server_error', code, detail, attr: null }, { status });

const timedOut = (upstream: Upstream) =>
  problem(
    504,
    'upstream_timeout',
    `PostHog did not answer within ${upstream.timeoutMs / 1000} s. Nothing was lost here: try again.`,
  );

const invalidAnswer = (why: string) =>
  problem(502, 'upstream_invalid_response', `PostHog's answer could not be used: ${why}.`);

const isTimeout = (error: unknown) =>
  ['TimeoutError', 'AbortError'].includes((error as Error).name) ||
  ['TimeoutError', 'AbortError'].includes(
    ((error as Error).cause as Error | undefined)?.name ?? '',
  );

/**
 * Sends one allowed request to PostHog with the key added on the server, and passes PostHog's status and
 * JSON body back (so field-level errors keep their `attr`). Failures to reach PostHog, an answer that stops
 * half-way, and anything that is not JSON become a 502/504 in PostHog's error shape: a hostile or broken
 * upstream cannot serve HTML or script on the console's origin, and the key is redacted from the body in
 * every form redact.ts recognises.
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
        : new Uint8Array(await c.req.arrayBuffer());

  let response: Response;
  let text: string;
  try {
    response = await upstream.fetch(url, {
      method,
      headers,
      body: body && body.byteLength > 0 ? body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
  } catch (error) {
    if (isTimeout(error)) return timedOut(upstream);
    return problem(
      502,
      'upstream_unreachable',
      `Could not reach PostHog at ${upstream.host}. Check the host and your network, then try again.`,
    );
  }
  try {
    const bytes = await readBounded(response, MAX_UPSTREAM_RESPONSE_BYTES);
    if (bytes === null) return invalidAnswer('it is larger than 32 MB');
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    if (isTimeout(error)) return timedOut(upstream);
    return invalidAnswer('it stopped before the end');
  }
  return passOn(response, text, upstream.apiKey);
}

/** PostHog's status, its JSON body with the key redacted, and its numeric rate-limit headers. */
function passOn(response: Response, text: string, apiKey: string): Response {
  if (response.status < 200 || response.status > 599)
    return invalidAnswer('its status is not HTTP');
  const out = new Headers();
  for (const name of FORWARDED_NUMERIC_HEADERS) {
    const value = response.headers.get(name)?.trim();
    if (value && /^\d{1,10}$/.test(value)) out.set(name, value);
  }
  if (response.status === 204 || response.status === 304 || text.trim() === '') {
    return new Response(null, { status: response.status, headers: out });
  }
  const type = (response.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/json') return invalidAnswer(`it is ${type || 'untyped'}, not JSON`);
  if (jsonNestsDeeperThan(text, MAX_UPSTREAM_DEPTH)) return invalidAnswer('it nests too deeply');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalidAnswer('it is not valid JSON');
  }
  out.set('content-type', 'application/json');
  return new Response(JSON.stringify(redactJson(value, encodedForms(apiKey))), {
    status: response.status,
    headers: out,
  });
}
