import { describe, expect, it } from 'vitest';
import { computedAgo, oldestRefresh } from './computed-ago';

const NOW = Date.parse('2025-09-04T16:14:05Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();

describe('computedAgo', () => {
  it.each([
    [0, 'Computed just now'],
    [59_000, 'Computed just now'],
    [60_000, 'Computed 1 minute ago'],
    [5 * 60_000 + 30_000, 'Computed 5 minutes ago'],
    [3 * 3_600_000, 'Computed 3 hours ago'],
    [26 * 3_600_000, 'Computed 1 day ago'],
    [-120_000, 'Computed just now'],
  ])('%i ms old → %s', (age, text) => {
    expect(computedAgo(before(age), NOW)).toBe(text);
  });

  it('names the date for results older than a week, and nothing for a missing time', () => {
    expect(computedAgo(before(9 * 86_400_000), NOW)).toMatch(/^Computed on .*2025/);
    expect(computedAgo(null, NOW)).toBeNull();
    expect(computedAgo('not a date', NOW)).toBeNull();
  });
});

describe('oldestRefresh', () => {
  it('picks the stalest valid time', () => {
    expect(oldestRefresh([before(60_000), null, before(600_000), 'x'])).toBe(before(600_000));
    expect(oldestRefresh([undefined])).toBeNull();
  });
});
