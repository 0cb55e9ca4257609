import { describe, expect, it } from 'vitest';
import {
  attentionReasons,
  plannedEndDate,
  primaryMetricCount,
  type AttentionInput,
} from './attention';
import { servingNow } from './serving-now';

type AttentionFlag = NonNullable<AttentionInput['feature_flag']>;

const NOW = new Date('2026-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const ON = { active: true };
const OFF = { active: false };
const METRIC = [{ kind: 'ExperimentMetric' }];

const draft = (updatedDaysAgo: number): AttentionInput => ({
  feature_flag: OFF,
  updated_at: daysAgo(updatedDaysAgo),
  metrics: METRIC,
});
const running = (startedDaysAgo: number, extra: Partial<AttentionInput> = {}): AttentionInput => ({
  start_date: daysAgo(startedDaysAgo),
  feature_flag: ON,
  updated_at: daysAgo(startedDaysAgo),
  metrics: METRIC,
  ...extra,
});
const stopped = (conclusion: string | null, feature_flag: AttentionFlag = ON): AttentionInput => ({
  start_date: daysAgo(40),
  end_date: daysAgo(2),
  feature_flag,
  conclusion,
  metrics: METRIC,
});
const EVERYONE = { properties: [], rollout_percentage: 100 };
const variants = (...shares: [string, number][]) => ({
  variants: shares.map(([key, rollout_percentage]) => ({ key, rollout_percentage })),
});
/** A live 50/50 flag, as an experiment leaves it when it is ended without shipping. */
const SPLITTING: AttentionFlag = {
  active: true,
  filters: { groups: [EVERYONE], multivariate: variants(['control', 50], ['test', 50]) },
};
/** What ship_variant leaves: the winner at 100 % and a pinned group prepended. */
const SHIPPED: AttentionFlag = {
  active: true,
  filters: {
    groups: [EVERYONE, EVERYONE],
    multivariate: variants(['control', 0], ['test', 100]),
  },
};
const SPLIT_TEXT =
  'Ended, but its feature flag still serves control 50\u00a0% · test 50\u00a0% of all users';

describe('attentionReasons', () => {
  it.each<[string, AttentionInput, string[]]>([
    ['a fresh draft', draft(3), []],
    ['a draft untouched for exactly 30 days', draft(30), []],
    ['a draft untouched for 31 days', draft(31), ['Draft untouched for 31 days']],
    ['a running experiment of 10 days', running(10), []],
    ['a running experiment of 30 days', running(30), []],
    ['a running experiment of 31 days', running(31), ['Running for 31 days (over 30)']],
    [
      'a running experiment past its planned end',
      running(20, { parameters: { recommended_running_time: 14 } }),
      ['Past its planned end by 6 days'],
    ],
    [
      'a long run whose planned end is still ahead',
      running(40, { parameters: { recommended_running_time: 60 } }),
      [],
    ],
    [
      'a running experiment without a primary metric',
      running(2, { metrics: [] }),
      ['Running without a primary metric: the results cannot answer anything'],
    ],
    [
      'a long run without a primary metric (two reasons, most urgent first)',
      running(45, { metrics: [] }),
      [
        'Running for 45 days (over 30)',
        'Running without a primary metric: the results cannot answer anything',
      ],
    ],
    [
      'a running experiment whose only primary metric is a shared one',
      running(2, { metrics: [], saved_metrics: [{ metadata: { type: 'primary' } }] }),
      [],
    ],
    [
      'a running experiment from a list without metrics (unknown, not missing)',
      running(2, { metrics: undefined }),
      [],
    ],
    [
      'an experiment paused 8 days ago',
      { ...running(20), feature_flag: OFF, updated_at: daysAgo(8) },
      ['Paused for at least 8 days: nobody sees the test variants'],
    ],
    [
      'an experiment paused 7 days ago',
      { ...running(20), feature_flag: OFF, updated_at: daysAgo(7) },
      [],
    ],
    [
      'a stopped experiment without a conclusion',
      stopped(null),
      ['Stopped without a recorded conclusion'],
    ],
    ['a stopped experiment with a conclusion', stopped('won'), []],
    [
      'an archived stopped experiment without a conclusion',
      { ...stopped(null), archived: true },
      [],
    ],
    [
      'an experiment ended as won whose flag still splits users',
      stopped('won', SPLITTING),
      [SPLIT_TEXT],
    ],
    [
      'an ended experiment without a conclusion whose flag still splits (users first)',
      stopped(null, SPLITTING),
      [SPLIT_TEXT, 'Stopped without a recorded conclusion'],
    ],
    [
      'an archived experiment whose flag still splits users (the one thing archived ones are checked for)',
      { ...stopped(null, SPLITTING), archived: true },
      [SPLIT_TEXT],
    ],
    ['an experiment that shipped its winner', stopped('won', SHIPPED), []],
    ['an ended experiment whose flag is off', stopped('lost', { ...SPLITTING, active: false }), []],
    [
      'a split on part of the users',
      stopped('won', {
        ...SPLITTING,
        filters: { ...SPLITTING.filters, groups: [{ properties: [], rollout_percentage: 80 }] },
      }),
      [
        'Ended, but its feature flag still serves control 50\u00a0% · test 50\u00a0% of 80\u00a0% rollout',
      ],
    ],
    ['a running experiment (splitting is its job)', running(3, { feature_flag: SPLITTING }), []],
  ])('%s', (_name, experiment, expected) => {
    expect(attentionReasons(experiment, NOW).map((reason) => reason.text)).toEqual(expected);
  });

  it.each<[AttentionInput, string]>([
    [stopped('won', SPLITTING), 'turn_flag_off'],
    [stopped(null), 'record_conclusion'],
    [{ ...running(20), feature_flag: OFF, updated_at: daysAgo(9) }, 'resume_or_end'],
    [running(31), 'end'],
    [running(1, { metrics: [] }), 'add_metric'],
    [draft(31), 'launch'],
  ])('offers one action for each reason (%#)', (experiment, action) => {
    expect(attentionReasons(experiment, NOW)[0]?.action).toBe(action);
  });

  it('says "1 day", not "1 days"', () => {
    const oneDayLate = running(15, { parameters: { recommended_running_time: 14 } });
    expect(attentionReasons(oneDayLate, NOW)[0]?.text).toBe('Past its planned end by 1 day');
  });
});

describe('servingNow(flag).splits, the flag_still_splits rule', () => {
  const flag = (filters: AttentionFlag['filters'], more: Partial<AttentionFlag> = {}) => ({
    active: true,
    filters,
    ...more,
  });
  const fiftyFifty = variants(['control', 50], ['test', 50]);
  it.each<[string, AttentionFlag | null, boolean]>([
    ['no flag', null, false],
    ['a live 50/50 flag', flag({ groups: [EVERYONE], multivariate: fiftyFifty }), true],
    [
      'a flag that is off',
      flag({ groups: [EVERYONE], multivariate: fiftyFifty }, { active: false }),
      false,
    ],
    [
      'a deleted flag',
      flag({ groups: [EVERYONE], multivariate: fiftyFifty }, { deleted: true }),
      false,
    ],
    [
      'one variant left at 100 %',
      flag({ groups: [EVERYONE], multivariate: variants(['control', 0], ['test', 100]) }),
      false,
    ],
    [
      'everyone pinned to one variant by the first group',
      flag({ groups: [{ ...EVERYONE, variant: 'test' }, EVERYONE], multivariate: fiftyFifty }),
      false,
    ],
    [
      'a pinned group for some users only, the rest split',
      flag({
        groups: [
          { properties: [{ key: 'email' }], rollout_percentage: 100, variant: 'test' },
          EVERYONE,
        ],
        multivariate: fiftyFifty,
      }),
      true,
    ],
    [
      'every group at 0 %',
      flag({ groups: [{ properties: [], rollout_percentage: 0 }], multivariate: fiftyFifty }),
      false,
    ],
    [
      'a group without a rollout (100 %)',
      flag({ groups: [{ properties: [] }], multivariate: fiftyFifty }),
      true,
    ],
    ['no variants', flag({ groups: [EVERYONE] }), false],
    [
      'a flag without `active` (read as on, as the status rule does)',
      flag({ groups: [EVERYONE], multivariate: fiftyFifty }, { active: undefined }),
      true,
    ],
  ])('%s', (_name, input, expected) => {
    expect(servingNow(input).splits).toBe(expected);
  });
});

describe('plannedEndDate', () => {
  it.each<[AttentionInput, string | null]>([
    [
      { start_date: '2026-06-01T00:00:00Z', parameters: { recommended_running_time: 14 } },
      '2026-06-15T00:00:00.000Z',
    ],
    [{ start_date: '2026-06-01T00:00:00Z', parameters: { recommended_running_time: 0 } }, null],
    [{ start_date: '2026-06-01T00:00:00Z', parameters: { recommended_running_time: '14' } }, null],
    [{ start_date: null, parameters: { recommended_running_time: 14 } }, null],
    [{ start_date: '2026-06-01T00:00:00Z', parameters: null }, null],
  ])('%j → %s', (experiment, expected) => {
    expect(plannedEndDate(experiment)?.toISOString() ?? null).toBe(expected);
  });
});

describe('primaryMetricCount', () => {
  it.each<[AttentionInput, number | null]>([
    [{ metrics: [] }, 0],
    [{ metrics: METRIC }, 1],
    [{ metrics: [], saved_metrics: [{ metadata: null }] }, 1],
    [{ metrics: [], saved_metrics: [{ metadata: { type: 'secondary' } }] }, 0],
    [{ metrics: null }, null],
  ])('%j → %s', (experiment, expected) => {
    expect(primaryMetricCount(experiment)).toBe(expected);
  });
});
