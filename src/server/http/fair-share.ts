import type { Context, MiddlewareHandler } from 'hono';
import {
  CLIENT_REQUESTS_IN_PROGRESS,
  CLIENT_REQUESTS_WAITING,
  RETRY_AFTER_SECONDS,
} from './limits';

interface Client {
  running: number;
  waiting: (() => void)[];
}

/** The client's remote address, as the socket reports it (never a header a client could set). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** DRF's Throttled as drf-exceptions-hog renders it; the UI waits `Retry-After` seconds and retries reads. */
function throttled(seconds: number): Response {
  const unit = seconds === 1 ? 'second' : 'seconds';
  return Response.json(
    {
      type: 'throttled_error',
      code: 'throttled',
      detail: `Request was throttled. Expected available in ${seconds} ${unit}.`,
      attr: null,
    },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  );
}

/**
 * Fair sharing of the one event loop: each client (remote address) has at most `inProgress` requests being
 * handled; the next ones wait in its own queue, and beyond `waiting` of those it gets a 429. A client that
 * loops expensive requests over many connections then delays another client's request by at most
 * `inProgress` of its own, not by all of them. Limiting concurrency, not rate, keeps a fast client's
 * throughput (the benchmark's 8 keep-alive connections queue, they are never refused).
 */
export function fairShare(
  inProgress = CLIENT_REQUESTS_IN_PROGRESS,
  waiting = CLIENT_REQUESTS_WAITING,
): MiddlewareHandler {
  const clients = new Map<string, Client>();
  return async (c, next) => {
    const key = clientAddress(c);
    let client = clients.get(key);
    if (!client) {
      client = { running: 0, waiting: [] };
      clients.set(key, client);
    }
    if (client.running < inProgress) client.running += 1;
    else if (client.waiting.length >= waiting) return throttled(RETRY_AFTER_SECONDS);
    else await new Promise<void>((admit) => (client as Client).waiting.push(admit));
    try {
      await next();
    } finally {
      // The slot passes straight to the next waiting request, or is given back.
      const admit = client.waiting.shift();
      if (admit) admit();
      else if (--client.running === 0) clients.delete(key);
    }
  };
}
