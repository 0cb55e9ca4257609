import { describe, expect, it } from 'vitest';
import { activityVerb } from './activity-labels';
import { fieldLabel, valueText } from './describe-change';

describe('fieldLabel', () => {
  it.each([
    ['feature_flag_active', 'Feature flag'],
    ['conclusion_comment', 'Conclusion comment'],
    ['saved_metrics', 'Shared metrics'],
    ['name', 'Name'],
    ['some_new_field', 'Some new field'],
    [null, 'Experiment'],
  ])('%s → %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});

const withNbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

describe('valueText', () => {
  it.each<[string, unknown, ReturnType<typeof valueText>]>([
    ['feature_flag_active', false, { kind: 'text', text: 'Off' }],
    ['status', 'paused', { kind: 'text', text: 'Paused' }],
    ['conclusion', 'stopped_early', { kind: 'text', text: 'Stopped early' }],
    ['conclusion', null, { kind: 'empty' }],
    ['conclusion_comment', '', { kind: 'empty' }],
    ['end_date', '2026-01-10T09:00:00.000Z', { kind: 'date', iso: '2026-01-10T09:00:00.000Z' }],
    [
      'metrics',
      [{ name: 'Revenue' }, { series: [{ kind: 'EventsNode', event: 'signup' }] }],
      { kind: 'text', text: 'Revenue, signup' },
    ],
    ['metrics', [], { kind: 'text', text: 'None' }],
    [
      'saved_metrics',
      [
        { id: 1, name: 'Revenue', type: 'primary' },
        { id: 2, name: 'Churn', type: 'secondary' },
      ],
      { kind: 'text', text: 'Revenue, Churn (secondary)' },
    ],
    ['saved_metrics', [], { kind: 'text', text: 'None' }],
    ['primary_metrics_ordered_uuids', ['a'], { kind: 'text', text: '1 metric in order' }],
    [
      'feature_flag_variants',
      [
        { key: 'control', rollout_percentage: 0 },
        { key: 'test', rollout_percentage: 100 },
      ],
      { kind: 'text', text: 'control 0 %, test 100 %' },
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
        rollout_percentage: 80,
        minimum_detectable_effect: 2,
      },
      {
        kind: 'text',
        text: 'control 50 %, test 50 %; rollout 80 %; minimum detectable effect 2 %',
      },
    ],
    [
      'exposure_criteria',
      { filterTestAccounts: false, exposure_config: { event: 'viewed' } },
      { kind: 'text', text: 'Test accounts included; exposure event viewed' },
    ],
    ['archived', true, { kind: 'text', text: 'Yes' }],
    ['duplicated_from', 11, { kind: 'text', text: 'Experiment #11' }],
    [
      'stats_config',
      { method: 'bayesian' },
      { kind: 'json', text: '{\n  "method": "bayesian"\n}' },
    ],
  ])('%s: %j', (field, value, expected) => {
    const described = valueText(field, value);
    expect(described).toEqual(
      'text' in expected ? { ...expected, text: withNbsp(expected.text) } : expected,
    );
  });
});

describe('activityVerb', () => {
  it.each([
    ['variant_shipped', 'shipped a variant'],
    ['reset', 'reset the experiment to draft'],
    ['exposure_frozen', 'exposure frozen'],
  ])('%s → %s', (activity, verb) => {
    expect(activityVerb(activity)).toBe(verb);
  });
});
