import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '@/server/db/rows';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { createExperiment, dbHash, experimentIn, type ApiBody } from '@/testing/server-helpers';
import { expectedExperimentValue, gzip, postJson, send, TOKEN } from './ingest-test-utils';

// /flags/ on the real app: experiments made and launched through the API, answers checked
// against PostHog's hash written out in ingest-test-utils.

const expectedValue = expectedExperimentValue;

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
      const cases: [ApiBody, number, { id: number; percentage: number }?][] = [
        [running, 100],
        [partial, 60],
        [heldOut, 100, { id: holdoutId, percentage: 25 }],
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
