import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServerApp } from '../../server-app';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

/**
 * A throwaway PostHog stand-in on loopback for the whole test file: it records what reaches it and answers
 * as `answer` says (reset to `defaultAnswer`, with an empty record, before each test).
 */
export function useRecordingUpstream(defaultAnswer: (req: Recorded) => Reply) {
  const upstream = { url: '', recorded: [] as Recorded[], answer: defaultAnswer };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
        upstream.recorded.push(entry);
        const reply = upstream.answer(entry);
        setTimeout(() => {
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
          res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
        }, reply.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    upstream.recorded = [];
    upstream.answer = defaultAnswer;
  });
  return upstream;
}

/** The console's server in PostHog mode (project 7, "Web app") in front of `upstreamUrl`. */
export function proxyTo(upstreamUrl: string, apiKey: string, timeoutMs = 2000) {
  return createServerApp(
    { host: '127.0.0.1', port: 4400, allowedHosts: [] },
    {
      mode: 'posthog',
      upstream: { host: upstreamUrl, apiKey, timeoutMs, fetch },
      project: { id: 7, name: 'Web app' },
    },
  );
}
