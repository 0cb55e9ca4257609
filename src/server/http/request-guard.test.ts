import { afterAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS } from '@/testing/server-harness';
import { createExperiment } from '@/testing/server-helpers';
import { createServerApp } from '../server-app';

// Issue 16, finding 9: Node takes an absolute-form request line (`GET http://evil.example/… HTTP/1.1`) as
// the request's URL whatever the Host header says; the guard read only the header, and the `next` link of
// a list was built from the URL, so it pointed at the foreign host.

const server = createTestServer();
afterAll(() => server.close());
const app = createServerApp(
  { host: '127.0.0.1', port: 4400, allowedHosts: [] },
  { mode: 'embedded', db: server.db },
);
const LIST = `${EXPERIMENTS}?limit=1`;

describe('absolute-form request lines', () => {
  it('refuses one that names a foreign host, even with an allowed Host header', async () => {
    const res = await app.request(`http://evil.example${LIST}`, {
      headers: { host: '127.0.0.1:4400' },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toBe(
      'Host "evil.example" is not allowed. Open the console at its own address.',
    );
  });

  it('builds links from the configured origin, whatever name the request used', async () => {
    await createExperiment(server);
    await createExperiment(server);
    for (const name of ['localhost:4400', '127.0.0.1:4400']) {
      const res = await app.request(`http://${name}${LIST}`, { headers: { host: name } });
      expect(res.status).toBe(200);
      expect((await res.json()).next).toBe(`http://127.0.0.1:4400${EXPERIMENTS}?limit=1&offset=1`);
    }
  });
});
