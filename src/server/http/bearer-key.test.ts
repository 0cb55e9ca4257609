import { describe, expect, it } from 'vitest';
import { createTestServer } from '@/testing/server-harness';
import { createServerApp } from '../server-app';

describe('EMBEDDED_API_KEY', () => {
  const server = createTestServer();
  const app = createServerApp(
    { host: '127.0.0.1', port: 4400, allowedHosts: [] },
    { mode: 'embedded', db: server.db, apiKey: 'shared-secret' },
  );
  const get = (headers: Record<string, string>) =>
    app.request('http://127.0.0.1:4400/api/projects/@current/experiments/', {
      headers: { host: '127.0.0.1:4400', ...headers },
    });

  it('refuses a request without credentials, with PostHog 401 body', async () => {
    const res = await get({});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    });
  });

  it('refuses a wrong key', async () => {
    const res = await get({ authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('authentication_failed');
  });

  // Issue 16, finding 9: the bare key, or another scheme, was accepted as if it were a Bearer token.
  it.each([['shared-secret'], ['Token shared-secret'], ['Basic shared-secret'], ['Bearer']])(
    'refuses "%s": PostHog reads only the Bearer scheme',
    async (authorization) => {
      const res = await get({ authorization });
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('not_authenticated');
    },
  );

  it('serves the API with the right key', async () => {
    const res = await get({ authorization: 'Bearer shared-secret' });
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty('count');
  });
});
