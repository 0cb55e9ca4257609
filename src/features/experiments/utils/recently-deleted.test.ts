// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetDeleted,
  parseEntries,
  readRecentlyDeleted,
  rememberDeleted,
  storageKey,
  type DeletedEntry,
} from './recently-deleted';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const entry = (overrides: Partial<DeletedEntry> = {}): DeletedEntry => ({
  id: 1,
  name: 'Checkout copy',
  flagKey: 'checkout-copy',
  deletedAt: daysAgo(1),
  projectId: 7,
  flagTurnedOff: false,
  ...overrides,
});

afterEach(() => localStorage.clear());

describe('recently deleted', () => {
  it('keeps 30 days, newest first', () => {
    const stored = [
      entry({ id: 1, deletedAt: daysAgo(3) }),
      entry({ id: 2, deletedAt: daysAgo(1) }),
    ];
    stored.push(entry({ id: 3, deletedAt: daysAgo(31) }));
    expect(parseEntries(JSON.stringify(stored), NOW).map((e) => e.id)).toEqual([2, 1]);
  });

  it('drops what it cannot read instead of failing', () => {
    expect(parseEntries('not json', NOW)).toEqual([]);
    expect(parseEntries('{"id":1}', NOW)).toEqual([]);
    const mixed = [entry({ id: 4 }), { id: 'x', name: 3 }, null];
    expect(parseEntries(JSON.stringify(mixed), NOW).map((e) => e.id)).toEqual([4]);
  });

  it('remembers per project, replaces a second delete of the same experiment, and forgets', () => {
    rememberDeleted(entry({ id: 1, deletedAt: daysAgo(2) }));
    rememberDeleted(entry({ id: 2, projectId: 8 }));
    rememberDeleted(entry({ id: 1, name: 'Renamed', deletedAt: daysAgo(0) }));
    expect(readRecentlyDeleted(7).map((e) => [e.id, e.name])).toEqual([[1, 'Renamed']]);
    expect(readRecentlyDeleted(8).map((e) => e.id)).toEqual([2]);
    expect(localStorage.getItem(storageKey(8))).toContain('"projectId":8');

    forgetDeleted(7, 1);
    expect(readRecentlyDeleted(7)).toEqual([]);
  });

  it('tells listeners in this tab when the list changes', () => {
    let calls = 0;
    const listener = () => (calls += 1);
    window.addEventListener('experiment-console:recently-deleted', listener);
    rememberDeleted(entry());
    forgetDeleted(7, 1);
    window.removeEventListener('experiment-console:recently-deleted', listener);
    expect(calls).toBe(2);
  });
});
