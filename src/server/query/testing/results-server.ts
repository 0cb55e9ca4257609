import { afterEach, beforeEach } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { NOW } from './results-fixture';

/**
 * A fresh real server (the Hono app on its own SQLite file) for every test of the file, on the results
 * tests' clock (NOW), closed after each. Call it once at the top of a file; the server it returns stands
 * for whichever test is running, so `server.request(…)` reads as it would with a local variable.
 */
export function useResultsServer(): TestServer {
  let current: TestServer | undefined;
  beforeEach(() => {
    current = createTestServer({ now: () => NOW });
  });
  afterEach(() => {
    current?.close();
    current = undefined;
  });
  const live = (): TestServer => {
    if (!current) throw new Error('useResultsServer: the server exists only while a test runs');
    return current;
  };
  return {
    get db() {
      return live().db;
    },
    get app() {
      return live().app;
    },
    get errors() {
      return live().errors;
    },
    request: (method, path, body) => live().request(method, path, body),
    raw: (method, path, init) => live().raw(method, path, init),
    close: () => live().close(),
  };
}
