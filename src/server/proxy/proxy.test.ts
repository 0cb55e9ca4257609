import { describe, expect, it } from 'vitest';
import { proxyTo, useRecordingUpstream } from './testing/fake-upstream';

const upstream = useRecordingUpstream(() => ({ status: 200, body: { ok: true } }));

const KEY = 'phx_secret_test_key_0123456789';
const HOST = '127.0.0.1:4400';

const proxy = (timeoutMs = 2000) => proxyTo(upstream.url, KEY, timeoutMs);

const call = (
  app: ReturnType<typeof proxy>,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) =>
  app.request(`http://${HOST}${path}`, {
    method,
    headers: { host: HOST, ...init.headers },
    body: init.body,
  });

describe('PostHog proxy', () => {
  it('adds the key, drops browser credentials, rewrites @current and passes the body through', async () => {
    const res = await call(proxy(), 'PATCH', '/api/projects/@current/experiments/12/?x=1', {
      headers: {
        authorization: 'Bearer browser-token',
        cookie: 'sessionid=abc',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ description: 'new' }),
    });
    expect(res.status).toBe(200);
    expect(upstream.recorded).toHaveLength(1);
    const [sent] = upstream.recorded;
    expect(sent?.method).toBe('PATCH');
    expect(sent?.url).toBe('/api/projects/7/experiments/12/?x=1');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.headers.cookie).toBeUndefined();
    expect(sent?.body).toBe('{"description":"new"}');
  });

  it.each([
    ['GET', '/api/projects/7/insights/'],
    ['GET', '/api/organizations/1/members/'],
    ['DELETE', '/api/projects/7/experiments/3/'],
    ['POST', '/api/projects/7/feature_flags/'],
    ['GET', '/api/projects/7/experiments/3/../../../persons/'],
    ['POST', '/api/projects/7/experiments/3/create_exposure_cohort_for_experiment/'],
    ['POST', '/api/projects/7/actions/'],
    ['PATCH', '/api/projects/7/actions/3/'],
  ])('never forwards %s %s outside the allow-list', async (method, path) => {
    const res = await call(proxy(), method, path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
    expect(upstream.recorded).toHaveLength(0);
  });

  it('forwards the read-only lists the metric picker needs: event definitions and actions', async () => {
    for (const path of ['event_definitions', 'actions']) {
      const res = await call(proxy(), 'GET', `/api/projects/@current/${path}/?search=sign`);
      expect(res.status).toBe(200);
    }
    expect(upstream.recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/projects/7/event_definitions/?search=sign',
      'GET /api/projects/7/actions/?search=sign',
    ]);
  });

  it('passes PostHog errors back unchanged, with their attr', async () => {
    const error = {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Ensure this field has no more than 400 characters.',
      attr: 'name',
    };
    upstream.answer = () => ({ status: 400, body: error });
    const res = await call(proxy(), 'POST', '/api/projects/@current/experiments/', {
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(error);
  });

  it('passes a 429 and its Retry-After through', async () => {
    upstream.answer = () => ({
      status: 429,
      headers: { 'retry-after': '12' },
      body: {
        type: 'throttled_error',
        code: 'throttled',
        detail: 'Request was throttled. Expected available in 12 seconds.',
        attr: null,
      },
    });
    const res = await call(proxy(), 'GET', '/api/projects/@current/experiments/');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('12');
    expect((await res.json()).code).toBe('throttled');
  });

  it('turns an upstream timeout into a 504 with a PostHog-style body', async () => {
    upstream.answer = () => ({ status: 200, body: {}, delayMs: 500 });
    const res = await call(proxy(100), 'GET', '/api/projects/@current/experiments/');
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({
      type: 'server_error',
      code: 'upstream_timeout',
      attr: null,
    });
  });

  it('turns a connection failure into a 502', async () => {
    // Port 9 (discard) has nothing listening on loopback here.
    const app = proxyTo('http://127.0.0.1:9', KEY, 1000);
    const res = await call(app, 'GET', '/api/projects/@current/experiments/');
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: 'upstream_unreachable' });
  });

  it('never lets the key into a response, even when PostHog echoes it', async () => {
    upstream.answer = (req) => ({ status: 200, body: { echoed: req.headers.authorization } });
    const res = await call(proxy(), 'GET', '/api/users/@me/');
    const text = await res.text();
    expect(text).not.toContain(KEY);
    expect(text).toContain('[redacted]');
    const config = await (await call(proxy(), 'GET', '/api/console/config')).text();
    expect(config).not.toContain(KEY);
    expect(JSON.parse(config)).toEqual({
      mode: 'posthog',
      host: new URL(upstream.url).host,
      project: { id: 7, name: 'Web app' },
    });
  });
});

describe('project switching', () => {
  it('switches @current to another project the key can see, and refuses one it cannot', async () => {
    upstream.answer = (req) =>
      req.url === '/api/projects/9/'
        ? { status: 200, body: { id: 9, name: 'Mobile app' } }
        : req.url === '/api/projects/404/'
          ? {
              status: 404,
              body: {
                type: 'invalid_request',
                code: 'not_found',
                detail: 'Not found.',
                attr: null,
              },
            }
          : { status: 200, body: { count: 0, results: [] } };
    const app = proxy();
    const headers = { 'content-type': 'application/json', origin: `http://${HOST}` };
    const refused = await call(app, 'POST', '/api/console/project', {
      headers,
      body: '{"id":404}',
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).attr).toBe('id');

    const switched = await call(app, 'POST', '/api/console/project', { headers, body: '{"id":9}' });
    expect(await switched.json()).toMatchObject({
      mode: 'posthog',
      project: { id: 9, name: 'Mobile app' },
    });
    await call(app, 'GET', '/api/projects/@current/experiments/');
    expect(upstream.recorded.at(-1)?.url).toBe('/api/projects/9/experiments/');
  });

  it('refuses a switch from another origin', async () => {
    const res = await call(proxy(), 'POST', '/api/console/project', {
      headers: { origin: 'https://evil.example' },
      body: '{"id":9}',
    });
    expect(res.status).toBe(403);
  });
});

describe('request guard', () => {
  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await proxy().request('http://evil.example/api/projects/@current/experiments/', {
      headers: { host: 'evil.example' },
    });
    expect(res.status).toBe(403);
    expect(upstream.recorded).toHaveLength(0);
  });

  it.each([[{ origin: 'https://evil.example' }], [{ 'sec-fetch-site': 'cross-site' }]])(
    'refuses a state-changing request from another origin %j',
    async (headers) => {
      const res = await call(proxy(), 'POST', '/api/projects/@current/experiments/', {
        headers,
        body: '{}',
      });
      expect(res.status).toBe(403);
      expect(upstream.recorded).toHaveLength(0);
    },
  );

  it('allows a same-origin write and a cross-origin read', async () => {
    expect(
      (
        await call(proxy(), 'POST', '/api/projects/@current/experiments/', {
          headers: { origin: `http://${HOST}`, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(proxy(), 'GET', '/api/projects/@current/experiments/', {
          headers: { origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(200);
  });
});
