import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  CONNECTIONS_CHECK_INTERVAL_MS,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_CONNECTIONS,
  MAX_CONNECTIONS_PER_CLIENT,
  REQUEST_TIMEOUT_MS,
} from './limits';

/**
 * Caps open connections per remote address and in all: beyond them a new connection is closed at once,
 * so a client holding thousands of half-sent requests cannot use up the process's open files while others
 * wait (each slow one is also dropped with a 408 after HEADERS_TIMEOUT_MS).
 */
export function limitConnections(
  server: Server,
  perClient = MAX_CONNECTIONS_PER_CLIENT,
  total = MAX_CONNECTIONS,
): void {
  server.maxConnections = total;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const key = socket.remoteAddress ?? '';
    const count = (open.get(key) ?? 0) + 1;
    if (count > perClient) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}

/** The app on a Node HTTP server with the timeouts and connection caps of limits.ts. */
export function serveWithLimits(
  app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> },
  options: { port: number; hostname: string },
  onListening?: (info: AddressInfo) => void,
): ServerType {
  const server = serve(
    {
      fetch: app.fetch,
      port: options.port,
      hostname: options.hostname,
      serverOptions: {
        headersTimeout: HEADERS_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
        connectionsCheckingInterval: CONNECTIONS_CHECK_INTERVAL_MS,
      },
    },
    onListening,
  );
  limitConnections(server as Server);
  return server;
}
