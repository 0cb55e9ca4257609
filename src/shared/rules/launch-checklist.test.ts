import { describe, expect, it } from 'vitest';
import { hasLaunchBlocker, launchChecklist, type ChecklistInput } from './launch-checklist';

const flag = (keys: string[], deleted = false) => ({
  id: 1,
  key: 'f',
  deleted,
  filters: { multivariate: { variants: keys.map((key) => ({ key })) } },
});

const ready: ChecklistInput = {
  feature_flag: flag(['control', 'test']),
  metrics: [{ kind: 'ExperimentMetric', metric_type: 'mean', uuid: 'm' } as never],
  saved_metrics: [],
  description: 'We expect more sign-ups.',
  parameters: { minimum_detectable_effect: 5 },
};

const failing = (input: ChecklistInput) =>
  launchChecklist(input)
    .filter((item) => !item.passed)
    .map((item) => `${item.severity}:${item.id}`);

describe('launchChecklist', () => {
  it.each<[string, Partial<ChecklistInput>, string[]]>([
    ['nothing for a ready experiment', {}, []],
    [
      'a deleted flag blocks everything about the flag',
      { feature_flag: flag(['control', 'test'], true) },
      ['blocker:flag', 'blocker:variants', 'blocker:control'],
    ],
    [
      'a missing flag',
      { feature_flag: null },
      ['blocker:flag', 'blocker:variants', 'blocker:control'],
    ],
    ['one variant', { feature_flag: flag(['control']) }, ['blocker:variants']],
    ['no control', { feature_flag: flag(['a', 'b']) }, ['blocker:control']],
    ['no primary metric', { metrics: [] }, ['warning:primary-metric']],
    ['a blank hypothesis', { description: '  ' }, ['warning:hypothesis']],
    ['no minimum detectable effect', { parameters: null }, ['warning:mde']],
  ])('flags %s', (_name, overrides, expected) => {
    expect(failing({ ...ready, ...overrides })).toEqual(expected);
  });

  it('counts a linked shared metric as primary unless it is marked secondary', () => {
    const link = (type?: string) => ({ id: 1, saved_metric: 2, metadata: type ? { type } : null });
    expect(failing({ ...ready, metrics: [], saved_metrics: [link()] })).toEqual([]);
    expect(failing({ ...ready, metrics: [], saved_metrics: [link('secondary')] })).toEqual([
      'warning:primary-metric',
    ]);
  });
});

describe('hasLaunchBlocker', () => {
  it('blocks on a failed blocker, never on warnings alone', () => {
    expect(hasLaunchBlocker(launchChecklist({ ...ready, metrics: [], description: null }))).toBe(
      false,
    );
    expect(hasLaunchBlocker(launchChecklist({ ...ready, feature_flag: flag(['a', 'b']) }))).toBe(
      true,
    );
  });
});
