import { describe, expect, it } from 'vitest';
import { editorProblems } from './editor-rules';
import { emptyEditorValues, type EditorValues, type VariantValue } from './editor-values';
import { editorSchema } from './editor-schema';

const valid = (): EditorValues => ({ ...emptyEditorValues(), name: 'CTA', featureFlagKey: 'cta' });
const variants = (...rows: [string, number][]): VariantValue[] =>
  rows.map(([key, percent]) => ({ key, name: '', percent }));

describe('editorProblems', () => {
  it('accepts a new experiment with the defaults', () => {
    expect(editorProblems(valid())).toEqual([]);
  });

  it.each<[string, Partial<EditorValues>, (string | number)[], RegExp]>([
    ['a blank flag key', { featureFlagKey: '' }, ['featureFlagKey'], /Give the feature flag a key/],
    ['a flag key with spaces', { featureFlagKey: 'a b' }, ['featureFlagKey'], /Only letters/],
    [
      'a split that is not 100',
      { variants: variants(['control', 50], ['test', 49]) },
      ['variants', 'root'],
      /adds up to 99%/,
    ],
    [
      'a missing control',
      { variants: variants(['a', 50], ['b', 50]) },
      ['variants', 'root'],
      /“control”/,
    ],
    [
      'a repeated key',
      { variants: variants(['control', 34], ['test', 33], ['test', 33]) },
      ['variants', 2, 'key'],
      /its own key/,
    ],
    ['one variant', { variants: variants(['control', 100]) }, ['variants', 'root'], /two variants/],
    [
      'a custom exposure without an event or action',
      { customExposure: true, exposureEvent: ' ', exposureAction: null },
      ['exposureEvent'],
      /^Choose the event or action that counts as exposure\.$/,
    ],
    [
      'an end before the start',
      { startDate: '2025-03-02T00:00:00Z', endDate: '2025-03-01T00:00:00Z' },
      ['endDate'],
      /End date must be after start date/,
    ],
    [
      'more than ten primary metrics, shared ones included',
      {
        primaryMetrics: Array.from({ length: 10 }, (_, i) => ({
          uuid: `m${i}`,
          metric_type: 'mean',
        })),
        savedMetrics: [{ id: 1, type: 'primary' }],
      },
      ['primaryMetrics', 'root'],
      /at most 10 primary metrics/,
    ],
  ])('reports %s', (_case, changes, path, message) => {
    const problems = editorProblems({ ...valid(), ...changes });
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each<[string, Partial<EditorValues>]>([
    ['an event', { exposureEvent: 'checkout_viewed' }],
    ['an action', { exposureAction: { id: 1, name: 'Visited pricing page' } }],
  ])('accepts a custom exposure by %s', (_case, changes) => {
    expect(editorProblems({ ...valid(), customExposure: true, ...changes })).toEqual([]);
  });

  it.each([
    [[50, 50], true],
    [[34, 33, 33], true],
    [[70, 30], true],
    [[0, 100], true],
    [[50, 49], false],
    [[60, 50], false],
  ])('a split of %j is %s', (percents, ok) => {
    const rows = percents.map((p, i) => [i === 0 ? 'control' : `test-${i}`, p] as [string, number]);
    const problems = editorProblems({ ...valid(), variants: variants(...rows) });
    expect(problems.length === 0).toBe(ok);
  });
});

describe('editorSchema', () => {
  it('puts field rules on their field and list rules on the list root', () => {
    const result = editorSchema.safeParse({
      ...valid(),
      name: ' ',
      variants: variants(['control', 50], ['bad key', 40]),
    });
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['name', 'Give the experiment a name.'],
        ['variants.1.key', 'Only letters, numbers, hyphens (-) and underscores (_).'],
        ['variants.root', 'The split adds up to 90%; it must be exactly 100%.'],
      ]),
    );
  });
});
