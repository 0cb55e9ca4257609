import { parseAccept } from 'hono/utils/accept';
import { gzipSync } from 'node:zlib';

/** Below this a compressed answer saves less than its headers and the work cost. */
const MIN_BYTES = 1024;

/**
 * An HTML answer that is gzipped at most once: a rendered page is cached and served many times, and at
 * ~400 kB uncompressed it would cost a remote reader more than its rendering saved. Built files come
 * compressed from the build instead (vite.config.ts, precompressed assets).
 */
export class CompressibleText {
  private gzipped: Uint8Array<ArrayBuffer> | undefined;

  constructor(readonly text: string) {}

  /** The gzip bytes, or null when the text is too small to be worth it. */
  gzip(): Uint8Array<ArrayBuffer> | null {
    if (this.text.length < MIN_BYTES) return null;
    // zlib's Buffer sits on a plain ArrayBuffer (never a shared one), as a response body needs.
    this.gzipped ??= gzipSync(this.text) as Uint8Array<ArrayBuffer>;
    return this.gzipped;
  }
}

/**
 * Whether an Accept-Encoding header takes gzip (`gzip;q=0` refuses it, `*` takes it), read by the same
 * parser as the API's compression (hono/compress).
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const accepts = parseAccept(header);
  const q = (name: string) => accepts.find((a) => a.type.toLowerCase() === name)?.q;
  return (q('gzip') ?? q('x-gzip') ?? q('*') ?? 0) > 0;
}
