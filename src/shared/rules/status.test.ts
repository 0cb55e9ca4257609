import { describe, expect, it } from 'vitest';
import { experimentStatus, flagIsOn } from './status';

const START = '2026-01-01T00:00:00Z';
const END = '2026-02-01T00:00:00Z';

describe('experimentStatus', () => {
  // dates × flag active × archived: archived never changes the status (it is a separate marker).
  it.each([
    [null, null, true, 'draft'],
    [null, null, false, 'draft'],
    [null, null, undefined, 'draft'],
    [START, null, true, 'running'],
    [START, null, false, 'paused'],
    [START, null, undefined, 'running'],
    [START, END, true, 'stopped'],
    [START, END, false, 'stopped'],
    [null, END, true, 'draft'],
  ] as const)('start %s, end %s, flag active %s → %s', (start_date, end_date, active, expected) => {
    for (const archived of [false, true]) {
      const feature_flag = active === undefined ? null : { active };
      expect(experimentStatus({ start_date, end_date, feature_flag, ...{ archived } })).toBe(
        expected,
      );
    }
  });

  it('treats a missing flag on a running experiment as running, not paused', () => {
    expect(experimentStatus({ start_date: START })).toBe('running');
  });
});

describe('flagIsOn', () => {
  it.each([
    [null, false],
    [undefined, false],
    [{ active: true }, true],
    [{ active: false }, false],
    [{ active: true, deleted: true }, false],
    // PostHog always sends `active`; an older payload without it is read as on, as the status rule does.
    [{}, true],
    [{ active: null }, true],
  ] as const)('%o → %s', (flag, expected) => {
    expect(flagIsOn(flag)).toBe(expected);
  });
});
