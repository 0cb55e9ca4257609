import { describe, expect, it } from 'vitest';
import type { ActivityLogEntry } from '@/shared';
import { flagEntryVerb, mergeHistory } from './merge-history';

const entry = (id: string, created_at: string, scope = 'Experiment', active?: boolean) =>
  ({
    id,
    activity: 'updated',
    scope,
    created_at,
    detail: {
      name: 'checkout-flag',
      changes:
        active === undefined
          ? []
          : [
              {
                type: 'FeatureFlag',
                action: 'changed',
                field: 'active',
                before: !active,
                after: active,
              },
            ],
    },
  }) satisfies ActivityLogEntry;

describe('mergeHistory', () => {
  const own = [entry('e2', '2025-03-10T00:00:00Z'), entry('e1', '2025-03-05T00:00:00Z')];
  const flag = [
    entry('f2', '2025-03-12T00:00:00Z', 'FeatureFlag', false),
    entry('f1', '2025-03-01T00:00:00Z', 'FeatureFlag', true),
  ];

  it('interleaves the flag’s entries by time, newest first', () => {
    expect(mergeHistory(own, flag, false).map((e) => e.id)).toEqual(['f2', 'e2', 'e1', 'f1']);
  });

  it('holds back flag entries older than the loaded page while older entries remain', () => {
    expect(mergeHistory(own, flag, true).map((e) => e.id)).toEqual(['f2', 'e2', 'e1']);
  });

  it('says which way the flag was switched', () => {
    expect(flagEntryVerb(flag[0]!)).toEqual({
      verb: 'turned the feature flag',
      key: 'checkout-flag',
      rest: 'off',
    });
    expect(flagEntryVerb(entry('x', '2025-03-01T00:00:00Z', 'FeatureFlag')).verb).toBe(
      'changed the feature flag',
    );
  });

  it('an entry without the flag key names no key: "turned this experiment\'s feature flag off"', () => {
    const named = entry('y', '2025-03-01T00:00:00Z', 'FeatureFlag', false);
    const nameless: ActivityLogEntry = { ...named, detail: { ...named.detail, name: null } };
    expect(flagEntryVerb(nameless)).toEqual({
      verb: "turned this experiment's feature flag",
      key: null,
      rest: 'off',
    });
  });
});
