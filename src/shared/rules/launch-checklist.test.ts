import { describe, expect, it } from 'vitest';
import { hasLaunchBlocker, launchChecklist, type ChecklistInput } from './launch-checklist';

const flag = (keys: string[], deleted = false) => ({
  id: 1,
  key: 'checkout-flag',
  deleted,
  filters: { multivariate: { variants: keys.map((key) => ({ key })) } },
});

const ready: ChecklistInput = {
  feature_flag: flag(['control', 'test']),
  feature_flag_key: 'checkout-flag',
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

const labels = (input: ChecklistInput) =>
  Object.fromEntries(launchChecklist(input).map((item) => [item.id, item.label]));

describe('launchChecklist wording', () => {
  it('states what is true of a ready experiment', () => {
    expect(labels(ready)).toEqual({
      flag: 'Feature flag `checkout-flag` is ready',
      variants: 'The flag splits users between 2 variants',
      control: '`control` is the baseline the others are compared with',
      'primary-metric': '1 primary metric will judge the result',
      hypothesis: 'The hypothesis is written in the description',
      mde: 'The smallest change worth detecting is 5\u00a0%',
    });
  });

  it('states what is missing, and points each failure at the editor section that fixes it', () => {
    const items = launchChecklist({
      ...ready,
      feature_flag: flag(['a']),
      metrics: [],
      description: '',
      parameters: null,
    });
    expect(items.map((item) => [item.label, item.passed ? null : item.fix.section])).toEqual([
      ['Feature flag `checkout-flag` is ready', null],
      ['The flag has only 1 variant', 'variants'],
      ['No variant has the key `control`', 'variants'],
      ['No primary metric is set', 'metrics'],
      ['No hypothesis is written down', 'basics'],
      ['No minimum detectable effect is set', 'variants'],
    ]);
    expect(labels({ ...ready, feature_flag: flag(['control'], true) }).flag).toBe(
      'Feature flag `checkout-flag` has been deleted',
    );
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
