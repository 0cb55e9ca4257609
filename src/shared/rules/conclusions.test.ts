import { describe, expect, it } from 'vitest';
import type { ActivityLogEntry } from '../schemas/activity';
import { CONCLUSIONS } from '../schemas/experiment';
import { CONCLUSION_TONES, conclusionHistory, endRequest, shippedVariantKey } from './conclusions';

describe('endRequest', () => {
  it.each([
    [
      'ends without touching the flag when no variant is shipped',
      { conclusion: 'won', comment: 'Clear win.', shipVariantKey: null },
      { action: 'end', body: { conclusion: 'won', conclusion_comment: 'Clear win.' } },
    ],
    [
      'ships the chosen variant with the conclusion in one write',
      { conclusion: 'won', comment: 'Ship it.', shipVariantKey: 'test' },
      {
        action: 'ship_variant',
        body: { variant_key: 'test', conclusion: 'won', conclusion_comment: 'Ship it.' },
      },
    ],
    [
      'sends a blank comment as null',
      { conclusion: 'inconclusive', comment: '  \n ', shipVariantKey: null },
      { action: 'end', body: { conclusion: 'inconclusive', conclusion_comment: null } },
    ],
  ] as const)('%s', (_name, choice, expected) => {
    expect(endRequest(choice)).toEqual(expected);
  });
});

describe('CONCLUSION_TONES', () => {
  it('has a tone for every PostHog conclusion', () => {
    expect(Object.keys(CONCLUSION_TONES).sort()).toEqual([...CONCLUSIONS].sort());
  });
});

const ada = { id: 1, email: 'ada@example.com' };
const bo = { id: 2, email: 'bo@example.com' };
const log = (
  activity: string,
  created_at: string,
  fields: Record<string, [unknown, unknown]> = {},
  user = ada,
): ActivityLogEntry => ({
  id: created_at,
  user,
  activity,
  scope: 'Experiment',
  detail: {
    name: 'X',
    changes: Object.entries(fields).map(([field, [before, after]]) => ({
      type: 'Experiment',
      action: 'changed',
      field,
      before,
      after,
    })),
  },
  created_at,
});

describe('conclusionHistory', () => {
  const launched = log('launched', '2026-01-01T00:00:00Z');
  const ended = log('ended', '2026-01-10T00:00:00Z', { end_date: [null, '2026-01-10'] });

  it.each([
    ['nothing before the experiment ends', [launched], null, null],
    ['the end', [ended, launched], ended, null],
    [
      'a later edit of the comment',
      [log('updated', '2026-01-12T00:00:00Z', { conclusion_comment: ['a', 'b'] }, bo), ended],
      ended,
      '2026-01-12T00:00:00Z',
    ],
    [
      'no edit when a later write changed something else',
      [log('updated', '2026-01-12T00:00:00Z', { name: ['a', 'b'] }), ended],
      ended,
      null,
    ],
  ] as const)('finds %s', (_name, entries, expectedEnd, editedAt) => {
    const history = conclusionHistory(entries);
    expect(history.ended).toBe(expectedEnd);
    expect(history.lastEdit?.created_at ?? null).toBe(editedAt);
  });

  it('counts shipping a variant as the end only when it ended a running experiment', () => {
    const shippedWhileRunning = log('variant_shipped', '2026-01-10T00:00:00Z', {
      end_date: [null, '2026-01-10'],
    });
    expect(conclusionHistory([shippedWhileRunning, launched]).ended).toBe(shippedWhileRunning);
    const shippedAfterEnd = log('variant_shipped', '2026-01-11T00:00:00Z', {
      feature_flag_variants: [[], []],
    });
    expect(conclusionHistory([shippedAfterEnd, ended]).ended).toBe(ended);
  });

  it('uses the newest end after a reset and relaunch, whatever order the log arrives in', () => {
    const second = log('ended', '2026-03-01T00:00:00Z', {}, bo);
    expect(conclusionHistory([ended, second]).ended).toBe(second);
  });
});

describe('shippedVariantKey', () => {
  const flag = (...percents: [string, number | null][]) => ({
    filters: {
      multivariate: {
        variants: percents.map(([key, rollout_percentage]) => ({ key, rollout_percentage })),
      },
    },
  });
  it.each([
    [flag(['control', 0], ['test', 100]), 'test'],
    [flag(['control', 50], ['test', 50]), null],
    [flag(['control', 100], ['a', 0], ['b', 0]), 'control'],
    [flag(['control', 100], ['test', 100]), null],
    [flag(), null],
    [null, null],
  ])('%j → %s', (input, expected) => {
    expect(shippedVariantKey(input)).toBe(expected);
  });
});
