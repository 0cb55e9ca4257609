import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS_PER_CLIENT } from '@/server/http/limits';
import { httpGet, rawConnection } from './raw-http';
import { placeholderDist, startServer, type ServerProcess } from './server-process';

// Issue 16, finding 5: ~21,000 connections with unfinished headers used up the 20,000 open files and every
// other request failed for the whole attack; a single slow connection got its 408 only after 72 s. The real
// server process here may hold 1,024 open files, and a flood of 1,100 half-sent requests comes from
// another address (127.0.0.2) than the well-behaved client (127.0.0.1).

const OPEN_FILES = 1024;
const FLOOD = 1100;
let dir: string;
let server: ServerProcess;
const sockets: Socket[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'experiment-console-connections-'));
  server = await startServer({
    dataDir: join(dir, 'data'),
    distDir: placeholderDist(join(dir, 'dist')),
    openFileLimit: OPEN_FILES,
  });
}, 120_000);
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const halfRequest = (port: number) =>
  `GET /api/console/config HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`;

// Other addresses than 127.0.0.1 on loopback need Linux (macOS configures only 127.0.0.1).
describe.skipIf(process.platform !== 'linux')('a flood of slow connections', () => {
  it(`a client holding ${FLOOD} half-sent requests does not stop another client's answers`, async () => {
    const opened = await Promise.allSettled(
      Array.from({ length: FLOOD }, () =>
        rawConnection(server.port, '127.0.0.2', halfRequest(server.port)),
      ),
    );
    const flood = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value.socket] : []));
    try {
      // Give the server a moment to accept (and refuse) them all.
      await new Promise((r) => setTimeout(r, 500));
      const answers = [];
      for (let i = 0; i < 20; i++) {
        const res = await httpGet(`${server.baseUrl}/api/console/config`, {
          localAddress: '127.0.0.1',
          timeoutMs: 3000,
        }).catch((error: Error) => ({ status: error.message, ms: NaN }));
        answers.push(res.status);
      }
      expect(answers).toEqual(Array(20).fill(200));
      expect(flood.filter((s) => !s.destroyed).length).toBeLessThanOrEqual(
        MAX_CONNECTIONS_PER_CLIENT,
      );
    } finally {
      for (const socket of flood) socket.destroy();
    }
  }, 60_000);

  it('a single slow connection is answered 408 and closed within the header timeout', async () => {
    const slow = await rawConnection(server.port, '127.0.0.1', halfRequest(server.port));
    sockets.push(slow.socket);
    const ms = await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    // Node checks for expired headers every CONNECTIONS_CHECK_INTERVAL_MS (1 s) after HEADERS_TIMEOUT_MS.
    expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS + 3000);
  }, 30_000);
});

describe('the request line', () => {
  it('an absolute-form request naming another host is refused (finding 9)', async () => {
    const raw = await rawConnection(
      server.port,
      '127.0.0.1',
      `GET http://evil.example/api/projects/1/experiments/?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`,
    );
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 403/);
    expect(raw.received()).not.toContain('"next":"http://evil.example');
  });
});
