import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { dbHash, experimentIn, type ApiBody } from '@/testing/server-helpers';
import { expectedExperimentValue, postJson, send, TOKEN } from './ingest-test-utils';

// The older shapes SDKs still ask for (/decide/ v1 to v4, /flags/ v1), the remote config posthog-js reads
// first, and PostHog's answers to bad flags requests.

let server: TestServer;
let running: ApiBody;
beforeAll(async () => {
  server = createTestServer();
  running = await experimentIn(server, 'running');
});
afterAll(() => server.close());

const expectedValue = expectedExperimentValue;
const flagsFor = async (distinctId: string, extra: Record<string, unknown>, path: string) => {
  const res = await postJson(server, path, { token: TOKEN, distinct_id: distinctId, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('/decide/ and the remote config', () => {
  it("answers decide.py's versions with the config", async () => {
    const key = running.feature_flag_key;
    const value = expectedValue(key, 'person-4');
    const v1 = await flagsFor('person-4', {}, '/decide/');
    expect(v1.featureFlags).toContain(key);
    expect(v1).toMatchObject({ supportedCompression: ['gzip', 'gzip-js'], isAuthenticated: false });
    expect((await flagsFor('person-4', {}, '/decide/?v=2')).featureFlags[key]).toBe(value);
    const v3 = await flagsFor('person-4', {}, '/decide/?v=3');
    expect(v3).toMatchObject({ featureFlags: { [key]: value }, errorsWhileComputingFlags: false });
    expect(v3.flags).toBeUndefined();
    expect((await flagsFor('person-4', {}, '/decide/?v=4')).flags[key].variant).toBe(value);
  });

  it('/flags/?v=2&config=true adds the config; v=1 is the legacy shape', async () => {
    expect(await flagsFor('person-5', {}, '/flags/?v=2&config=true')).toMatchObject({
      supportedCompression: ['gzip', 'gzip-js'],
      analytics: { endpoint: '/i/v0/e/' },
      hasFeatureFlags: true,
    });
    const legacy = await flagsFor('person-5', {}, '/flags/?v=1');
    expect(legacy.flags).toBeUndefined();
    expect(Object.keys(legacy.featureFlags)).toContain(running.feature_flag_key);
  });

  it('a GET gets the empty answer', async () => {
    const res = await send(server, 'GET', '/flags/?v=2');
    expect(res.body).toMatchObject({
      flags: {},
      featureFlags: {},
      errorsWhileComputingFlags: false,
    });
  });

  it('/array/{token}/config as JSON and as the script posthog-js loads', async () => {
    const json = await send(server, 'GET', `/array/${TOKEN}/config`);
    expect(json.body).toMatchObject({ token: TOKEN, supportedCompression: ['gzip', 'gzip-js'] });
    const script = await server.raw('GET', `/array/${TOKEN}/config.js`);
    expect(script.headers.get('content-type')).toBe('application/javascript');
    const window: { _POSTHOG_REMOTE_CONFIG?: Record<string, { config: unknown }> } = {};
    new Function('window', await script.text())(window);
    expect(window._POSTHOG_REMOTE_CONFIG?.[TOKEN]?.config).toEqual(json.body);
    expect((await send(server, 'GET', '/array/phc_unknown/config')).status).toBe(404);
  });
});

describe('bad flags requests', () => {
  const KEY_HELP = 'You can find your project API key in PostHog project settings.';
  const refused = async (body: BodyInit, status: number, expected: Record<string, unknown>) => {
    const before = dbHash(server.db);
    const res = await send(server, 'POST', '/flags/?v=2', {
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect({ status: res.status, body: res.body }).toEqual({
      status,
      body: { attr: null, ...expected },
    });
    expect(dbHash(server.db)).toBe(before);
  };

  it('an unknown token', () =>
    refused(JSON.stringify({ token: 'phc_wrong', distinct_id: 'x' }), 401, {
      type: 'authentication_error',
      code: 'invalid_api_key',
      detail: `Project API key invalid. ${KEY_HELP}`,
    }));

  it('no token', () =>
    refused(JSON.stringify({ distinct_id: 'x' }), 401, {
      type: 'authentication_error',
      code: 'no_api_key',
      detail: `No project API key provided. ${KEY_HELP}`,
    }));

  it('no distinct id', () =>
    refused(JSON.stringify({ token: TOKEN }), 400, {
      type: 'validation_error',
      code: 'missing_distinct_id',
      detail: 'Decide requires a distinct_id.',
    }));

  it('not JSON', async () => {
    const res = await send(server, 'POST', '/flags/?v=2', { body: '{nope' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'malformed_data' });
    expect(res.body.detail).toMatch(/^Malformed request data: Invalid JSON: /);
  });

  it('a body over 20 MB', async () => {
    const res = await send(server, 'POST', '/decide/', { body: 'x'.repeat(20 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });
});
