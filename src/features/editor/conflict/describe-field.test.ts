import { describe, expect, it } from 'vitest';
import { emptyEditorValues, type EditorValues } from '../form/editor-values';
import { describeField } from './describe-field';

const names = { holdout: (id: number) => `Holdout ${id}`, savedMetric: (id: number) => `#${id}` };
const exposure = (values: Partial<EditorValues>) =>
  describeField('exposure_criteria', { ...emptyEditorValues(), ...values }, names);

describe('describeField for the exposure criteria', () => {
  it.each<[string, Partial<EditorValues>, RegExp]>([
    ['the default', {}, /· default exposure ·/],
    ['an event', { customExposure: true, exposureEvent: 'seen' }, /· exposure: seen ·/],
    [
      'an action, by name',
      { customExposure: true, exposureAction: { id: 1, name: 'Visited pricing page' } },
      /· exposure: action “Visited pricing page” ·/,
    ],
    ['nothing chosen yet', { customExposure: true }, /· exposure: \(no event or action\) ·/],
  ])('names %s', (_case, values, line) => {
    expect(exposure(values)).toMatch(line);
  });
});
