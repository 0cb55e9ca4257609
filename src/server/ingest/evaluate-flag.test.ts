import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlagFilters } from '@/shared';
import { evaluateFlag, type EvaluableFlag } from './evaluate-flag';
import { posthogHash } from './ingest-test-utils';

// The oracle is posthog-node's own local evaluation (its hashing, variant table, holdout and property
// matching), fed the same flag definitions through its cache provider and never allowed to call a server.

const FLAGS: Record<string, FlagFilters> = {
  'fifty-fifty': {
    groups: [{ properties: [], rollout_percentage: 100 }],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 50 },
        { key: 'test', rollout_percentage: 50 },
      ],
    },
  },
  'three-way-partial-rollout': {
    groups: [{ properties: [], rollout_percentage: 30 }],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 34 },
        { key: 'a', rollout_percentage: 33 },
        { key: 'b', rollout_percentage: 33 },
      ],
    },
  },
  'with-holdout': {
    groups: [{ properties: [], rollout_percentage: 100 }],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 50 },
        { key: 'test', rollout_percentage: 50 },
      ],
    },
    holdout: { id: 7, exclusion_percentage: 20 },
  },
  'boolean-rollout': { groups: [{ properties: [], rollout_percentage: 40 }] },
  'targeted-with-override': {
    groups: [
      {
        properties: [{ key: 'plan', value: ['pro', 'team'], operator: 'exact', type: 'person' }],
        rollout_percentage: 100,
        variant: 'test',
      },
      {
        properties: [
          { key: 'email', value: '@example.com', operator: 'icontains', type: 'person' },
        ],
        rollout_percentage: 50,
      },
    ],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 50 },
        { key: 'test', rollout_percentage: 50 },
      ],
    },
    payloads: { test: '{"color":"green"}' },
  },
  operators: {
    groups: [
      {
        properties: [
          { key: 'age', value: 30, operator: 'gt', type: 'person' },
          { key: 'email', value: '^(user|[1-4])', operator: 'regex', type: 'person' },
          { key: 'country', value: 'FR', operator: 'is_not', type: 'person' },
          { key: 'plan', value: 'is_set', operator: 'is_set', type: 'person' },
        ],
        rollout_percentage: 100,
      },
    ],
  },
};

const IDS = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? `user-${i}` : `${i * 7919}@x`));
const PLANS = ['free', 'pro', 'team', 'PRO'];
const COUNTRIES = ['FR', 'DE', 'fr', 'US'];
const propertiesOf = (id: string, i: number) => ({
  plan: PLANS[i % 4],
  email: i % 5 === 0 ? `${id}@example.com` : `${id}@other.org`,
  age: 18 + ((i * 13) % 50),
  country: COUNTRIES[i % 4],
});

let client: PostHog;
beforeAll(async () => {
  const definitions = Object.entries(FLAGS).map(([key, filters], i) => ({
    id: i + 1,
    name: key,
    key,
    filters,
    active: true,
    deleted: false,
    rollout_percentage: null,
    ensure_experience_continuity: false,
    experiment_set: [],
  }));
  client = new PostHog('phc_oracle', {
    host: 'http://127.0.0.1:9',
    flagDefinitionCacheProvider: {
      getFlagDefinitions: () => ({ flags: definitions, groupTypeMapping: {}, cohorts: {} }),
      shouldFetchFlagDefinitions: () => false,
      onFlagDefinitionsReceived: () => undefined,
      shutdown: () => undefined,
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  } as any);
  expect(await client.waitForLocalEvaluationReady(5000)).toBe(true);
});
afterAll(() => client.shutdown());

describe('evaluateFlag agrees with posthog-node local evaluation', () => {
  it.each(Object.keys(FLAGS))('%s, for 400 people', async (key) => {
    const flag: EvaluableFlag = { key, filters: FLAGS[key] };
    const ours: unknown[] = [];
    const theirs: unknown[] = [];
    for (const [i, id] of IDS.entries()) {
      const personProperties = propertiesOf(id, i);
      const result = evaluateFlag(flag, id, personProperties);
      ours.push(result.variant ?? result.enabled);
      theirs.push(
        await client.getFeatureFlag(key, id, {
          personProperties,
          onlyEvaluateLocally: true,
          sendFeatureFlagEvents: false,
        }),
      );
    }
    expect(ours).toEqual(theirs);
    // Not vacuous: every flag gives more than one answer over these people.
    expect(new Set(ours).size).toBeGreaterThan(1);
  });
});

// The formula written out (ingest-test-utils), independently of both implementations.
const unit = posthogHash;

describe('evaluateFlag reasons and ordering', () => {
  const flag = (filters: FlagFilters): EvaluableFlag => ({ key: 'checkout', filters });
  const variants = FLAGS['fifty-fifty']?.multivariate;

  it('assigns the variant from the variant-salted hash and reports the condition', () => {
    for (const id of IDS.slice(0, 50)) {
      const expected = unit(`checkout.${id}variant`) < 0.5 ? 'control' : 'test';
      expect(
        evaluateFlag(flag({ groups: [{ properties: [] }], multivariate: variants }), id),
      ).toEqual({
        enabled: true,
        variant: expected,
        reason: {
          code: 'condition_match',
          condition_index: 0,
          description: 'Matched condition set 1',
        },
        payload: null,
      });
    }
  });

  it('leaves out of the rollout exactly those whose hash is above it', () => {
    for (const id of IDS.slice(0, 50)) {
      const result = evaluateFlag(
        flag({ groups: [{ properties: [], rollout_percentage: 25 }] }),
        id,
      );
      expect(result.enabled).toBe(unit(`checkout.${id}`) <= 0.25);
      if (!result.enabled) expect(result.reason.code).toBe('out_of_rollout_bound');
    }
  });

  it('holds out by the holdout hash, whatever the flag', () => {
    const held = IDS.filter((id) => unit(`holdout-${id}`) <= 0.3);
    expect(held.length).toBeGreaterThan(50);
    for (const key of ['one', 'two']) {
      for (const id of held) {
        expect(
          evaluateFlag(
            {
              key,
              filters: {
                groups: [{ properties: [] }],
                holdout: { id: 3, exclusion_percentage: 30 },
              },
            },
            id,
          ),
        ).toMatchObject({
          enabled: true,
          variant: 'holdout-3',
          reason: { code: 'holdout_condition_value' },
        });
      }
    }
  });

  it('evaluates groups with a variant override first, reporting their own index', () => {
    const filters: FlagFilters = {
      groups: [
        { properties: [], rollout_percentage: 100 },
        {
          properties: [{ key: 'beta', value: 'yes', operator: 'exact', type: 'person' }],
          variant: 'test',
        },
      ],
      multivariate: variants,
    };
    const controlId = IDS.find((id) => unit(`checkout.${id}variant`) < 0.5) as string;
    expect(evaluateFlag(flag(filters), controlId, { beta: 'YES' })).toMatchObject({
      variant: 'test',
      reason: { condition_index: 1, description: 'Matched condition set 2' },
    });
    expect(evaluateFlag(flag(filters), controlId, {}).variant).toBe('control');
  });

  it('answers no match, with PostHog reason, for a person no group targets', () => {
    const filters: FlagFilters = {
      groups: [{ properties: [{ key: 'plan', value: 'pro', type: 'person' }] }],
    };
    expect(evaluateFlag(flag(filters), 'anyone', {})).toEqual({
      enabled: false,
      variant: null,
      reason: {
        code: 'no_condition_match',
        condition_index: 0,
        description: 'No matching condition set',
      },
      payload: null,
    });
    expect(
      evaluateFlag(flag({ ...filters, aggregation_group_type_index: 0 }), 'x', { plan: 'pro' }),
    ).toMatchObject({ enabled: false, reason: { code: 'no_group_type' } });
  });

  it('returns the payload of the value it gives', () => {
    const key = 'targeted-with-override';
    const result = evaluateFlag({ key, filters: FLAGS[key] }, 'someone', { plan: 'pro' });
    expect(result).toMatchObject({ variant: 'test', payload: '{"color":"green"}' });
  });
});
