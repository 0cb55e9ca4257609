import { describe, expect, it } from 'vitest';
import { landingFor, unknownEventNames, type ErrorLanding } from './error-landing';

const body = (detail: string, attr: string | null = null) => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr,
});

describe('landingFor', () => {
  it.each<[string, number, ReturnType<typeof body>, Partial<ErrorLanding>]>([
    [
      'a name error',
      400,
      body('Ensure this field has no more than 400 characters.', 'name'),
      { field: 'name' },
    ],
    [
      'the flag key (attr "key")',
      400,
      body('There is already a feature flag with this key.', 'key'),
      { field: 'featureFlagKey' },
    ],
    [
      'a variant rule',
      400,
      body("Feature flag variants must contain a variant with key 'control'", 'parameters'),
      { field: 'variants.root' },
    ],
    [
      'one variant’s key',
      400,
      body('Not valid.', 'parameters__feature_flag_variants__2__key'),
      { field: 'variants.2.key' },
    ],
    [
      'one variant’s split',
      400,
      body('Too big.', 'parameters__feature_flag_variants__1__split_percent'),
      { field: 'variants.1.percent' },
    ],
    [
      'the rollout',
      400,
      body('Too big.', 'parameters__rollout_percentage'),
      { field: 'rolloutPercent' },
    ],
    [
      'the flag split sum',
      400,
      body('Variant rollout percentages must sum to 100.', 'filters'),
      { field: 'variants.root' },
    ],
    [
      'a metric by the index in the message',
      400,
      body('Invalid metric at index 2: must be a dict', 'metrics'),
      { field: 'primaryMetrics.2' },
    ],
    [
      'a secondary metric by the index in attr',
      400,
      body('Required', 'metrics_secondary__1__source'),
      { field: 'secondaryMetrics.1' },
    ],
    [
      'a metric list error without an index',
      400,
      body('Metrics must be a list', 'metrics'),
      { field: 'primaryMetrics.root' },
    ],
    [
      'a deleted holdout',
      400,
      body('Invalid pk "9" - object does not exist.', 'holdout_id'),
      { field: 'holdoutId' },
    ],
    [
      'a holdout change after launch',
      400,
      body("Can't update holdout on running Experiment"),
      { field: 'holdoutId' },
    ],
    [
      'variant keys after launch',
      400,
      body("Can't update feature_flag_variants on Experiment"),
      { field: 'variants.root' },
    ],
    [
      'dates in the wrong order',
      400,
      body('End date must be after start date'),
      { field: 'endDate' },
    ],
    [
      'a reused flag without variants',
      400,
      body('Feature flag must have at least 2 variants (control and at least one test variant)'),
      { field: 'featureFlagKey' },
    ],
    [
      'anything else without attr',
      400,
      body('Experiments do not support global filter properties'),
      { kind: 'form' },
    ],
    ['an unknown attr', 400, body('Odd.', 'scheduling_config'), { kind: 'form' }],
    ['a 403', 403, body('You do not have editor access to this resource.'), { kind: 'forbidden' }],
    [
      'a 404',
      404,
      body('Not found.'),
      { kind: 'form', message: expect.stringMatching(/no longer exists/) },
    ],
  ])('puts %s in its place', (_case, status, error, expected) => {
    expect(landingFor(status, error)).toMatchObject(expected);
  });

  it('lists unknown events so the person can save anyway', () => {
    const detail =
      "Event(s) 'purchse', 'sign up' not found. No events with these names have been ingested by this project.";
    expect(landingFor(400, body(detail))).toEqual({
      kind: 'unknown-events',
      events: ['purchse', 'sign up'],
      message: detail,
    });
  });

  it('reads nothing from other sentences', () => {
    expect(unknownEventNames('Something else')).toBeNull();
  });
});
