import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import type { EditorValues } from './editor-values';
import { experimentToForm } from './experiment-to-form';
import { buildPatchBody, changedApiFields, isBranchDirty, type DirtyFields } from './patch-body';

const base = makeExperiment({ description: 'Old', metrics: [] });

describe('buildPatchBody', () => {
  it.each<[string, Partial<EditorValues>, DirtyFields, Record<string, unknown>]>([
    ['only the description', { description: 'New' }, { description: true }, { description: 'New' }],
    ['nothing when nothing is dirty', { description: 'New' }, {}, {}],
    [
      'the whole parameters object for one percent',
      {
        variants: [
          { key: 'control', name: 'Control', percent: 60 },
          { key: 'test', name: 'Test', percent: 40 },
        ],
      },
      { variants: [{ percent: true }, { percent: true }] },
      {
        parameters: {
          feature_flag_variants: [
            { key: 'control', name: 'Control', rollout_percentage: 60, split_percent: 60 },
            { key: 'test', name: 'Test', rollout_percentage: 40, split_percent: 40 },
          ],
        },
      },
    ],
    [
      'metrics with their order',
      { primaryMetrics: [{ uuid: 'x', metric_type: 'mean' }] },
      { primaryMetrics: [{ uuid: true }] },
      {
        metrics: [{ uuid: 'x', metric_type: 'mean' }],
        primary_metrics_ordered_uuids: ['x'],
      },
    ],
    [
      'stats config from either stats input',
      { confidencePercent: 90 },
      { confidencePercent: true },
      { stats_config: { bayesian: { ci_level: 0.9 } } },
    ],
    [
      'the exposure criteria for a chosen action',
      { customExposure: true, exposureAction: { id: 1, name: 'Visited pricing page' } },
      { customExposure: true, exposureAction: { id: true, name: true } },
      {
        exposure_criteria: {
          exposure_config: { kind: 'ActionsNode', id: 1, name: 'Visited pricing page' },
        },
      },
    ],
    [
      'never the flag key or the type, which PostHog fixes at creation',
      { featureFlagKey: 'other', type: 'web' },
      { featureFlagKey: true, type: true },
      {},
    ],
  ])('sends %s', (_case, changes, dirtyFields, expected) => {
    const values = { ...experimentToForm(base), ...changes };
    expect(buildPatchBody(values, dirtyFields, base)).toEqual(expected);
  });
});

describe('dirty fields', () => {
  it.each([
    [true, true],
    [false, false],
    [undefined, false],
    [[undefined, { key: false }, { percent: true }], true],
    [[{ key: false }], false],
    [{ nested: { deeper: true } }, true],
  ])('%j is dirty: %s', (branch, dirty) => {
    expect(isBranchDirty(branch)).toBe(dirty);
  });

  it('maps form fields to API fields once each', () => {
    expect(
      changedApiFields({ rolloutPercent: true, variants: [{ key: true }], exposureEvent: true }),
    ).toEqual(['parameters', 'exposure_criteria']);
  });
});
