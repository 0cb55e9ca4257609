import { describe, expect, it } from 'vitest';
import { requestBodyProblem } from './body-check';

const mean = {
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: 'a' },
};

describe('requestBodyProblem', () => {
  it.each<[string, Record<string, unknown>, 'create' | 'update', object | null]>([
    ['a valid create', { name: 'A', feature_flag_key: 'a' }, 'create', null],
    [
      'a create without a name',
      { feature_flag_key: 'a' },
      'create',
      { attr: 'name', code: 'required' },
    ],
    ['a flag key with a space', { name: 'A', feature_flag_key: 'a b' }, 'create', { attr: 'key' }],
    ['a PATCH with only a description', { description: 'x' }, 'update', null],
    [
      'variants without control',
      {
        parameters: {
          feature_flag_variants: [
            { key: 'a', split_percent: 50 },
            { key: 'b', split_percent: 50 },
          ],
        },
      },
      'update',
      { attr: 'parameters', detail: expect.stringMatching(/key 'control'/) },
    ],
    [
      'an invalid metric, by its index',
      { metrics: [mean, { kind: 'ExperimentMetric', metric_type: 'mean' }] },
      'update',
      { attr: 'metrics', detail: expect.stringMatching(/^Invalid metric at index 1/) },
    ],
    ['an unknown key', { colour: 'red' }, 'update', { detail: expect.stringMatching(/colour/) }],
  ])('%s', (_case, body, mode, expected) => {
    const problem = requestBodyProblem(body, mode);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatchObject(expected);
  });
});
