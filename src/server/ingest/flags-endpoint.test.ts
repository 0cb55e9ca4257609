import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '@/server/db/rows';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import { createExperiment, dbHash, experimentIn, type ApiBody } from '@/testing/server-helpers';
import { gzip, postJson, send, TOKEN } from './ingest-test-utils';

// /flags/ and /decide/ on the real app: experiments made and launched through the API, answers checked
// against PostHog's hash written out here (sha1 of "key.id" + salt, first 15 hex digits over 2^60 - 1).

// eslint-disable-next-line no-loss-of-precision
const LONG_SCALE = 0xfffffffffffffff;
const unit = (text: string) =>
  parseInt(createHash('sha1').update(text).digest('hex').slice(0, 15), 16) / LONG_SCALE;
const expectedValue = (
  key: string,
  id: string,
  rollout = 100,
  holdout?: { id: number; pct: number },
) => {
  if (holdout && unit(`holdout-${id}`) <= holdout.pct / 100) return `holdout-${holdout.id}`;
  if (unit(`${key}.${id}`) > rollout / 100) return false;
  return unit(`${key}.${id}variant`) < 0.5 ? 'control' : 'test';
};

const IDS = Array.from({ length: 200 }, (_, i) => `person-${i}`);
let server: TestServer;
let running: ApiBody;
let partial: ApiBody;
let heldOut: ApiBody;
let holdoutId: number;
beforeAll(async () => {
  server = createTestServer();
  running = await experimentIn(server, 'running');
  partial = await experimentIn(server, 'running', {
    parameters: {
      feature_flag_variants: [
        { key: 'control', split_percent: 50 },
        { key: 'test', split_percent: 50 },
      ],
      rollout_percentage: 60,
    },
  });
  const holdout = await server.request('POST', '/api/projects/1/experiment_holdouts/', {
    name: 'Flags test holdout',
    filters: [{ properties: [], rollout_percentage: 25 }],
  });
  holdoutId = holdout.body.id;
  heldOut = await experimentIn(server, 'running', { holdout_id: holdoutId });
  await createExperiment(server); // a draft: its flag is off
  await experimentIn(server, 'paused');
});
afterAll(() => server.close());

const flagsFor = async (
  distinctId: string,
  extra: Record<string, unknown> = {},
  path = '/flags/?v=2',
) => {
  const res = await postJson(server, path, { token: TOKEN, distinct_id: distinctId, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const valueOf = (body: ApiBody, key: string) => body.flags[key].variant ?? body.flags[key].enabled;

describe('/flags/?v=2 evaluates every active flag as PostHog does', () => {
  it('only the active flags of launched experiments, in the v2 shape', async () => {
    const body = await flagsFor('person-1');
    expect(Object.keys(body.flags).sort()).toEqual(
      [running, partial, heldOut].map((e) => e.feature_flag_key).sort(),
    );
    const key = running.feature_flag_key;
    expect(body.flags[key]).toEqual({
      key,
      enabled: true,
      variant: expectedValue(key, 'person-1'),
      reason: {
        code: 'condition_match',
        condition_index: 0,
        description: 'Matched condition set 1',
      },
      metadata: {
        id: running.feature_flag.id,
        version: expect.any(Number),
        description: `Feature Flag for Experiment ${running.name}`,
        payload: null,
      },
    });
    expect(body).toMatchObject({
      errorsWhileComputingFlags: false,
      featureFlags: { [key]: expectedValue(key, 'person-1') },
      featureFlagPayloads: {},
      evaluatedAt: expect.any(Number),
    });
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('variants, rollout and holdout follow the hash for 200 people', async () => {
    const seen = new Set<unknown>();
    for (const id of IDS) {
      const body = await flagsFor(id);
      const cases: [ApiBody, number, { id: number; pct: number }?][] = [
        [running, 100],
        [partial, 60],
        [heldOut, 100, { id: holdoutId, pct: 25 }],
      ];
      for (const [experiment, rollout, holdout] of cases) {
        const key = experiment.feature_flag_key;
        const value = valueOf(body, key);
        expect(value, `${key} for ${id}`).toBe(expectedValue(key, id, rollout, holdout));
        seen.add(`${key}:${value}`);
      }
    }
    // Every outcome occurs: both variants everywhere, out of rollout, held out.
    expect(seen).toContain(`${partial.feature_flag_key}:false`);
    expect(seen).toContain(`${heldOut.feature_flag_key}:holdout-${holdoutId}`);
    expect(seen.size).toBe(8);
  });

  it('the same person gets the same answer every time', async () => {
    const first = await flagsFor('steady');
    const again = await flagsFor('steady');
    expect(again.flags).toEqual(first.flags);
  });

  it('only the flags asked for', async () => {
    const key = running.feature_flag_key;
    const body = await flagsFor('person-2', { flag_keys_to_evaluate: [key] });
    expect(Object.keys(body.flags)).toEqual([key]);
  });

  it('no flags when the SDK disables them', async () => {
    expect((await flagsFor('person-2', { disable_flags: true })).flags).toEqual({});
  });

  it('reads a gzip body', async () => {
    const res = await send(server, 'POST', '/flags/?v=2&compression=gzip-js', {
      headers: { 'content-type': 'text/plain' },
      body: gzip({ token: TOKEN, distinct_id: 'person-3' }),
    });
    expect(valueOf(res.body, running.feature_flag_key)).toBe(
      expectedValue(running.feature_flag_key, 'person-3'),
    );
  });

  it("reads posthog-js's base64 form (its encoding before the remote config arrives)", async () => {
    const data = Buffer.from(JSON.stringify({ token: TOKEN, distinct_id: 'person-3' })).toString(
      'base64',
    );
    const res = await send(server, 'POST', '/flags/?v=2&compression=base64', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ data }).toString(),
    });
    expect(valueOf(res.body, running.feature_flag_key)).toBe(
      expectedValue(running.feature_flag_key, 'person-3'),
    );
  });

  it('asking never writes', async () => {
    const before = dbHash(server.db);
    await flagsFor('a-stranger');
    expect(dbHash(server.db)).toBe(before);
  });
});

describe('person properties', () => {
  let key: string;
  beforeAll(() => {
    key = 'pro-only-banner';
    insertRow(server.db, 'feature_flags', {
      team_id: 1,
      key,
      name: 'Pro banner',
      filters: {
        groups: [
          {
            properties: [{ key: 'plan', value: 'pro', operator: 'exact', type: 'person' }],
            rollout_percentage: 100,
          },
        ],
        payloads: { true: '{"text":"Hi"}' },
      },
      active: 1,
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    });
  });

  it('come from the stored person, overlaid by the request', async () => {
    expect((await flagsFor('payer')).flags[key].enabled).toBe(false);
    await postJson(server, '/batch/', {
      api_key: TOKEN,
      batch: [{ event: '$set', distinct_id: 'payer', properties: { $set: { plan: 'pro' } } }],
    });
    const stored = await flagsFor('payer');
    expect(stored.flags[key]).toMatchObject({
      enabled: true,
      metadata: { payload: '{"text":"Hi"}' },
    });
    expect(stored.featureFlagPayloads).toEqual({ [key]: '{"text":"Hi"}' });
    const overridden = await flagsFor('payer', { person_properties: { plan: 'free' } });
    expect(overridden.flags[key]).toMatchObject({
      enabled: false,
      reason: { code: 'no_condition_match', description: 'No matching condition set' },
    });
    expect(
      (await flagsFor('stranger', { person_properties: { plan: 'PRO' } })).flags[key].enabled,
    ).toBe(true);
  });
});

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

describe('experiments API still answers alongside', () => {
  it('lists experiments', async () => {
    expect((await server.request('GET', EXPERIMENTS)).status).toBe(200);
  });
});
