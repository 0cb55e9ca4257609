import { describe, expect, it } from 'vitest';
import type { MinimalFeatureFlag } from '../schemas/feature-flag';
import { servingNow } from './serving-now';

const SHIPPED_GROUP = {
  properties: [],
  rollout_percentage: 100,
  description: 'Added automatically when the experiment was ended to keep only one variant.',
};

type Groups = NonNullable<NonNullable<MinimalFeatureFlag['filters']>['groups']>;

function flag(
  variants: [string, number][],
  groups: Groups = [{ properties: [], rollout_percentage: 100 }],
  extra: Partial<MinimalFeatureFlag> = {},
): MinimalFeatureFlag {
  return {
    id: 1,
    key: 'checkout-flag',
    active: true,
    filters: {
      groups,
      multivariate: variants.length
        ? { variants: variants.map(([key, rollout_percentage]) => ({ key, rollout_percentage })) }
        : null,
    },
    ...extra,
  };
}

/** nbsp keeps "50 %" on one line; the tests read it as a plain space. */
const sentence = (...args: Parameters<typeof servingNow>) =>
  servingNow(...args).sentence.replaceAll('\u00a0', ' ');

describe('servingNow', () => {
  it('names each variant share of all users for a multivariate flag at full rollout', () => {
    expect(
      sentence(
        flag([
          ['control', 50],
          ['test', 50],
        ]),
      ),
    ).toBe('control 50 % · test 50 % of all users');
  });

  it('says the rollout when it is below 100 %', () => {
    expect(
      sentence(
        flag(
          [
            ['control', 50],
            ['test', 50],
          ],
          [{ properties: [], rollout_percentage: 80 }],
        ),
      ),
    ).toBe('control 50 % · test 50 % of 80 % rollout');
  });

  it('says the one shipped variant once ship_variant rewrote the flag (100/0/0, group prepended)', () => {
    const shipped = flag(
      [
        ['control', 0],
        ['carousel', 100],
        ['grid', 0],
      ],
      [SHIPPED_GROUP, { properties: [], rollout_percentage: 50 }],
    );
    const result = servingNow(shipped);
    expect(result.sentence.replaceAll('\u00a0', ' ')).toBe('carousel to 100 % of users');
    expect(result.state).toBe('on');
    expect(result.variants.map((v) => [v.key, v.percent])).toEqual([
      ['control', 0],
      ['carousel', 100],
      ['grid', 0],
    ]);
  });

  it('says since when an inactive flag is off, and calls it paused for a paused experiment', () => {
    const off = flag(
      [
        ['control', 50],
        ['test', 50],
      ],
      undefined,
      { active: false },
    );
    expect(sentence(off, { paused: true, offSince: '2025-11-27T10:00:00Z' })).toBe(
      'Paused since Nov 27: everyone gets the default',
    );
    expect(sentence(off)).toBe('Flag off: everyone gets the default');
    expect(servingNow(off).state).toBe('off');
  });

  it('adds the holdout, from the flag or from the experiment', () => {
    const held = flag(
      [
        ['control', 50],
        ['test', 50],
      ],
      undefined,
      {
        filters: {
          groups: [{ properties: [], rollout_percentage: 100 }],
          multivariate: {
            variants: [
              { key: 'control', rollout_percentage: 50 },
              { key: 'test', rollout_percentage: 50 },
            ],
          },
          holdout: { id: 3, exclusion_percentage: 10 },
        },
      },
    );
    expect(sentence(held)).toBe('control 50 % · test 50 % of all users · 10 % held out');
    expect(
      sentence(
        flag([
          ['control', 50],
          ['test', 50],
        ]),
        { holdoutPercent: 5 },
      ),
    ).toBe('control 50 % · test 50 % of all users · 5 % held out');
  });

  it('says when only users matching release conditions get the flag', () => {
    const conditional = flag(
      [
        ['control', 50],
        ['test', 50],
      ],
      [
        {
          properties: [{ key: 'email', value: '@acme.com', operator: 'icontains' }],
          rollout_percentage: 100,
        },
      ],
    );
    expect(sentence(conditional)).toBe(
      'control 50 % · test 50 % of users who match the release conditions',
    );
  });

  it('treats a 0 % rollout as serving nobody', () => {
    const zero = flag(
      [
        ['control', 50],
        ['test', 50],
      ],
      [{ properties: [], rollout_percentage: 0 }],
    );
    expect(servingNow(zero).state).toBe('off');
    expect(sentence(zero)).toBe('On, but rolled out to 0 %: everyone gets the default');
  });

  it('covers a deleted flag, no flag, and a plain on/off flag', () => {
    expect(sentence(flag([], undefined, { deleted: true }))).toBe(
      'The feature flag was deleted: everyone gets the default',
    );
    expect(sentence(null)).toBe('No feature flag: everyone gets the default');
    expect(sentence(flag([], [{ properties: [], rollout_percentage: 30 }]))).toBe(
      'On for 30 % of users',
    );
  });

  it('treats a missing rollout as 100 % (PostHog null means everyone)', () => {
    expect(
      sentence(
        flag(
          [
            ['control', 50],
            ['test', 50],
          ],
          [{ properties: [], rollout_percentage: null }],
        ),
      ),
    ).toBe('control 50 % · test 50 % of all users');
  });

  it('says whether the flag splits users: two shared variants, not one shipped, not off', () => {
    const fifty: [string, number][] = [
      ['control', 50],
      ['test', 50],
    ];
    expect(servingNow(flag(fifty)).splits).toBe(true);
    expect(servingNow(flag(fifty, undefined, { active: false })).splits).toBe(false);
    expect(servingNow(flag(fifty, undefined, { deleted: true })).splits).toBe(false);
    expect(
      servingNow(
        flag([
          ['control', 0],
          ['test', 100],
        ]),
      ).splits,
    ).toBe(false);
    const shipped = flag(fifty, [{ ...SHIPPED_GROUP, variant: 'test' }, SHIPPED_GROUP]);
    expect(servingNow(shipped).splits).toBe(false);
    expect(servingNow(flag([])).splits).toBe(false);
    // Read as on, as flagIsOn and the status rule read a payload without `active`.
    expect(servingNow(flag(fifty, undefined, { active: undefined })).splits).toBe(true);
  });
});
