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

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string): boolean {
  return /^(127\.|::1$|::ffff:127\.)/.test(address);
}

/** The client's remote address, as the socket reports it (never a header a client could set). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * The client a request comes from, for fair sharing and sign-in throttling: the socket's address, or behind
 * a reverse proxy the console is told to trust (TRUST_PROXY=true) the address that proxy saw, which it
 * appends as the last X-Forwarded-For entry (entries before it are the client's own say).
 */
export function requestingClient(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    : undefined;
  return forwarded || clientAddress(c);
}

/** DRF's Throttled as drf-exceptions-hog renders it; the UI waits `Retry-After` seconds and retries reads. */
export function throttled(seconds: number, why = 'Request was throttled.'): Response {
  const unit = seconds === 1 ? 'second' : 'seconds';
  return Response.json(
    {
      type: 'throttled_error',
      code: 'throttled',
      detail: `${why} Expected available in ${seconds} ${unit}.`,
      attr: null,
    },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  );
}

/**
 * Fair sharing of the one event loop between clients (remote addresses). Most handlers run synchronously
 * (SQLite), so the event loop simply ran requests in the order their sockets became readable: a client
 * looping an expensive request on eight connections had eight of them ahead of anyone else's. Here every
 * request waits in its client's queue, and once per turn of the event loop each client starts one (at most
 * `inProgress` of its own at a time): another client's request waits for about one of the busy client's,
 * not all of them. A client with more than `waiting` queued gets a 429 with Retry-After. Concurrency, not
 * rate, is limited: the benchmark's eight keep-alive connections queue and are all served.
 */
export function fairShare(
  inProgress = CLIENT_REQUESTS_IN_PROGRESS,
  waiting = CLIENT_REQUESTS_WAITING,
  trustProxy = false,
): MiddlewareHandler {
  const clients = new Map<string, Client>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate: after the sockets readable in this turn have all been read and queued.
    setImmediate(() => {
      scheduled = false;
      for (const client of clients.values()) {
        const admit = client.running < inProgress ? client.waiting.shift() : undefined;
        if (admit) {
          client.running += 1;
          admit();
        }
      }
      if ([...clients.values()].some((c) => c.waiting.length > 0 && c.running < inProgress))
        schedule();
    });
  };

  return async (c, next) => {
    const key = requestingClient(c, trustProxy);
    let client = clients.get(key);
    if (!client) {
      client = { running: 0, waiting: [] };
      clients.set(key, client);
    }
    if (client.waiting.length >= waiting) return throttled(RETRY_AFTER_SECONDS);
    const queued = client;
    await new Promise<void>((admit) => {
      queued.waiting.push(admit);
      schedule();
    });
    try {
      await next();
    } finally {
      queued.running -= 1;
      if (queued.running === 0 && queued.waiting.length === 0) clients.delete(key);
      else schedule();
    }
  };
}
