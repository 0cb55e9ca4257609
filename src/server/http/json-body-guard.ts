import type { MiddlewareHandler } from 'hono';
import { MAX_API_BODY_BYTES, MAX_JSON_DEPTH } from './limits';
import { ApiProblem, problemResponse } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function bodyTooLarge(max = MAX_API_BODY_BYTES): ApiProblem {
  return new ApiProblem(413, {
    type: 'invalid_request',
    code: 'request_too_large',
    detail: `Request body exceeds ${max / 1024 / 1024} MB.`,
    attr: null,
  });
}

/** DRF's UnsupportedMediaType, as drf-exceptions-hog renders it. */
function unsupportedMediaType(type: string): ApiProblem {
  return new ApiProblem(415, {
    type: 'invalid_request',
    code: 'unsupported_media_type',
    detail: `Unsupported media type "${type}" in request.`,
    attr: null,
  });
}

function tooDeep(): ApiProblem {
  return new ApiProblem(400, {
    type: 'invalid_request',
    code: 'parse_error',
    detail: `JSON parse error - nesting deeper than ${MAX_JSON_DEPTH} levels`,
    attr: null,
  });
}

/** A request's or response's body as bytes, or null as soon as it grows past `max` (never read further). */
export async function readBounded(
  message: Pick<Request, 'headers' | 'body'>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(message.headers.get('content-length') ?? 0);
  if (declared > max) return null;
  if (!message.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = message.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Whether JSON text nests arrays/objects deeper than `max`, found in one pass over the characters (no
 * recursion, no parse): JSON.parse of 20 MB of "[" held the event loop for seconds, and writing a deep value
 * back out overflows the stack.
 */
export function jsonNestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

const mediaType = (header: string) => header.split(';', 1)[0]?.trim().toLowerCase() ?? '';

/**
 * Every state-changing /api/ request, embedded or proxied, before anything parses or forwards it: at most
 * MAX_API_BODY_BYTES (413, read no further), `Content-Type: application/json` when there is a body (415;
 * text/plain and forms were parsed as JSON before), and no nesting deeper than MAX_JSON_DEPTH (400). The
 * checked bytes are handed on, so the route reads them as usual.
 */
export function jsonBodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const bytes = await readBounded(c.req.raw, MAX_API_BODY_BYTES);
    if (bytes === null) return problemResponse(bodyTooLarge());
    const text = new TextDecoder().decode(bytes);
    if (text.trim() !== '') {
      const type = c.req.header('content-type') ?? '';
      if (mediaType(type) !== 'application/json')
        return problemResponse(unsupportedMediaType(type));
      if (jsonNestsDeeperThan(text)) return problemResponse(tooDeep());
    }
    // A body is always given: the original stream has been read, and a Request cannot be built on it.
    c.req.raw = new Request(c.req.raw, { body: bytes });
    await next();
  };
}
