import LZString from 'lz-string';
import { gunzipSync } from 'node:zlib';
import { MAX_JSON_DEPTH, nestingDepth } from '../http/body';
import { jsonNestsDeeperThan } from '../http/json-body-guard';
import type { IngestRequest } from './ingest-request';

/** PostHog's upload limit (DATA_UPLOAD_MAX_MEMORY_SIZE), applied to the body and to what it decompresses to. */
export const MAX_PAYLOAD_BYTES = 20 * 1024 * 1024;

/** A payload that cannot be read; `tooLarge` when it decompresses past the limit. */
export class PayloadError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

// Bodies read as they are; any other type is a form whose `data` field carries the payload (Django's
// request.POST), as posthog-js sends with `compression=base64`.
const RAW_BODY_TYPES = new Set(['', 'text/plain', 'application/json']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function payloadOf(request: IngestRequest): Uint8Array | string | null {
  if (request.method === 'POST') {
    if (RAW_BODY_TYPES.has(request.contentType)) return request.body.length ? request.body : null;
    return request.form.get('data') || null;
  }
  return request.query.get('data') || null;
}

const compressionOf = (request: IngestRequest) =>
  (
    request.query.get('compression') ||
    request.form.get('compression') ||
    request.contentEncoding ||
    ''
  ).toLowerCase();

const isGzip = (data: Uint8Array | string) =>
  typeof data !== 'string' && data.length > 2 && data[0] === 0x1f && data[1] === 0x8b;

function gunzip(data: Uint8Array | string): Uint8Array {
  const literal = typeof data === 'string' ? data : data.length === 9 ? utf8Or(data) : null;
  if (literal === 'undefined') {
    throw new PayloadError(
      "data being loaded from the request body for decompression is the literal string 'undefined'",
    );
  }
  try {
    return gunzipSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data, {
      maxOutputLength: MAX_PAYLOAD_BYTES,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadError('Request too large.', true);
    }
    throw new PayloadError(`Failed to decompress data. ${(error as Error).message}`);
  }
}

function lz64(text: string): string {
  const decompressed = LZString.decompressFromBase64(text.replace(/ /g, '+'));
  if (!decompressed) throw new PayloadError('Failed to decompress data.');
  if (decompressed.length > MAX_PAYLOAD_BYTES) throw new PayloadError('Request too large.', true);
  return decompressed;
}

function utf8Or(data: Uint8Array): string | null {
  try {
    return utf8.decode(data);
  } catch {
    return null;
  }
}

/** posthog-js's base64 form (optionally still `data=`-prefixed and URL-encoded, as a beacon sends it). */
function base64Json(text: string): { value: unknown } | null {
  let encoded = text.trim();
  try {
    if (encoded.startsWith('data=')) encoded = decodeURIComponent(encoded.slice(5));
  } catch {
    return null;
  }
  encoded = encoded.replace(/ /g, '+');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return null;
  const decoded = utf8Or(Buffer.from(encoded, 'base64'));
  if (decoded === null) return null;
  try {
    return { value: JSON.parse(decoded) };
  } catch {
    return null;
  }
}

function parsed(value: unknown): unknown {
  if (nestingDepth(value) > MAX_JSON_DEPTH) {
    throw new PayloadError(`Invalid JSON: nesting deeper than ${MAX_JSON_DEPTH} levels`);
  }
  return value;
}

function decode(data: Uint8Array | string, compression: string): unknown {
  let current = data;
  // posthog-js marks gzip by the query or not at all (it drops `compression=gzip-js` from the URL and
  // relies on the magic bytes), so an unmarked gzip body is read as gzip, as PostHog's fallback does.
  if (compression === 'gzip' || compression === 'gzip-js' || (!compression && isGzip(current))) {
    current = gunzip(current);
  }
  if (compression === 'lz64')
    current = lz64(typeof current === 'string' ? current : (utf8Or(current) ?? ''));
  const text = typeof current === 'string' ? current : utf8Or(current);
  if (text === null) throw new PayloadError('Invalid JSON: the body is not UTF-8 text');
  // Before JSON.parse, which took seconds over 20 MB of "[" while every other request waited.
  if (jsonNestsDeeperThan(text)) {
    throw new PayloadError(`Invalid JSON: nesting deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    return parsed(JSON.parse(text));
  } catch (error) {
    if (error instanceof PayloadError) throw error;
    const fromBase64 = base64Json(text);
    if (fromBase64) return parsed(fromBase64.value);
    throw new PayloadError(`Invalid JSON: ${(error as Error).message}`);
  }
}

/**
 * The JSON a capture or flags request carries, decoded as PostHog's load_data_from_request does: the raw
 * body (JSON or text), a form's `data` field or GET's `?data=`; gzip (`compression=gzip|gzip-js`, a
 * `Content-Encoding: gzip` header, or unmarked gzip bytes), lz64 (lz-string), or base64. Null when the
 * request carries no data. Throws PayloadError for anything unreadable.
 */
export function decodePayload(request: IngestRequest): unknown {
  const data = payloadOf(request);
  return data === null ? null : decode(data, compressionOf(request));
}
