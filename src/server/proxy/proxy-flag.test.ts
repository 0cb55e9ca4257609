import { describe, expect, it } from 'vitest';
import { proxyTo, useRecordingUpstream } from './testing/fake-upstream';

/**
 * The proxy and PostHog's feature flags: the console may read a flag and its activity, and turn it on or
 * off; any other change to a flag (conditions, variants, key) is refused before it reaches PostHog.
 */
const upstream = useRecordingUpstream(() => ({
  status: 200,
  body: { id: 5, key: 'f', active: false },
}));

const HOST = '127.0.0.1:4400';
const app = () => proxyTo(upstream.url, 'phx_secret_flag_key_0123456789');
const patch = (body: string, path = '/api/projects/@current/feature_flags/5/') =>
  app().request(`http://${HOST}${path}`, {
    method: 'PATCH',
    headers: { host: HOST, 'content-type': 'application/json' },
    body,
  });

describe('proxy: feature flag writes', () => {
  it.each([true, false])('forwards {"active": %s} unchanged', async (active) => {
    const body = JSON.stringify({ active });
    const res = await patch(body);
    expect(res.status).toBe(200);
    expect(upstream.recorded.map((r) => [r.method, r.url, r.body])).toEqual([
      ['PATCH', '/api/projects/7/feature_flags/5/', body],
    ]);
  });

  it.each([
    ['another field beside active', { active: false, filters: { groups: [] } }, 'filters'],
    ['only a name', { name: 'renamed' }, 'name'],
    ['a string for active', { active: 'false' }, 'active'],
    ['an empty object', {}, 'active'],
    ['a list', [{ active: false }], null],
    ['null', null, null],
  ])('refuses %s locally: 400 and nothing reaches PostHog', async (_, body, attr) => {
    const res = await patch(JSON.stringify(body));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { type: string; attr: string | null; detail: string };
    expect(problem.type).toBe('validation_error');
    expect(problem.attr).toBe(attr);
    expect(problem.detail).not.toBe('');
    expect(upstream.recorded).toHaveLength(0);
  });

  it('refuses a body that is not JSON or too large, and a flag write by any other method', async () => {
    expect((await patch('{active: false')).status).toBe(400);
    expect((await patch(JSON.stringify({ active: false, pad: 'x'.repeat(2000) }))).status).toBe(
      413,
    );
    for (const method of ['PUT', 'DELETE', 'POST']) {
      const res = await app().request(`http://${HOST}/api/projects/@current/feature_flags/5/`, {
        method,
        headers: { host: HOST, 'content-type': 'application/json' },
        body: method === 'DELETE' ? undefined : JSON.stringify({ active: false }),
      });
      expect(res.status).toBe(404);
    }
    expect(upstream.recorded).toHaveLength(0);
  });

  it("forwards reads of a flag's activity, and nothing else under the flag", async () => {
    const res = await app().request(
      `http://${HOST}/api/projects/@current/feature_flags/5/activity/?limit=100`,
      { headers: { host: HOST } },
    );
    expect(res.status).toBe(200);
    const other = await patch(
      JSON.stringify({ active: false }),
      '/api/projects/@current/feature_flags/5/activity/',
    );
    expect(other.status).toBe(404);
    expect(upstream.recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/projects/7/feature_flags/5/activity/?limit=100',
    ]);
  });
});
