import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { emptyEditorValues, type EditorValues } from './editor-values';
import { experimentToForm } from './experiment-to-form';
import { formToExperiment } from './form-to-experiment';

const created = (overrides: Partial<EditorValues>) =>
  formToExperiment({ ...emptyEditorValues(), name: 'CTA', featureFlagKey: 'cta', ...overrides });

describe('formToExperiment for a new experiment', () => {
  it('posts every field the editor manages, with PostHog defaults spelled out', () => {
    expect(created({})).toEqual({
      name: 'CTA',
      description: null,
      feature_flag_key: 'cta',
      type: 'product',
      holdout_id: null,
      start_date: null,
      end_date: null,
      parameters: {
        feature_flag_variants: [
          { key: 'control', name: 'Control', split_percent: 50 },
          { key: 'test', name: 'Test', split_percent: 50 },
        ],
        rollout_percentage: 100,
      },
      metrics: [],
      metrics_secondary: [],
      primary_metrics_ordered_uuids: [],
      secondary_metrics_ordered_uuids: [],
      saved_metrics_ids: [],
      stats_config: { method: 'bayesian', bayesian: { ci_level: 0.95 } },
      exposure_criteria: { filterTestAccounts: true },
      only_count_matured_users: false,
    });
  });

  it.each<[string, Partial<EditorValues>, Record<string, unknown>]>([
    [
      'frequentist confidence as alpha',
      { statsMethod: 'frequentist', confidencePercent: 90 },
      { stats_config: { method: 'frequentist', frequentist: { alpha: 0.1 } } },
    ],
    [
      'a custom exposure event with typed filters',
      {
        customExposure: true,
        exposureEvent: 'checkout_viewed',
        exposureProperties: [
          { key: 'amount', operator: 'gt', value: '10' },
          { key: 'coupon', operator: 'is_set', value: '' },
        ],
        multipleVariantHandling: 'first_seen',
      },
      {
        exposure_criteria: {
          filterTestAccounts: true,
          multiple_variant_handling: 'first_seen',
          exposure_config: {
            kind: 'ExperimentEventExposureConfig',
            event: 'checkout_viewed',
            properties: [
              { key: 'amount', operator: 'gt', value: 10, type: 'event' },
              { key: 'coupon', operator: 'is_set', value: 'is_set', type: 'event' },
            ],
          },
        },
      },
    ],
    [
      'a custom exposure by an action',
      {
        customExposure: true,
        exposureAction: { id: 1, name: 'Visited pricing page' },
        exposureProperties: [{ key: 'plan', operator: 'exact', value: 'pro' }],
      },
      {
        exposure_criteria: {
          filterTestAccounts: true,
          exposure_config: {
            kind: 'ActionsNode',
            id: 1,
            name: 'Visited pricing page',
            properties: [{ key: 'plan', operator: 'exact', value: 'pro', type: 'event' }],
          },
        },
      },
    ],
    [
      'metric order and shared-metric links',
      {
        primaryMetrics: [
          { uuid: 'b', metric_type: 'mean' },
          { uuid: 'a', metric_type: 'mean' },
        ],
        savedMetrics: [{ id: 7, type: 'secondary' }],
      },
      {
        primary_metrics_ordered_uuids: ['b', 'a'],
        saved_metrics_ids: [{ id: 7, metadata: { type: 'secondary' } }],
      },
    ],
  ])('maps %s', (_case, overrides, expected) => {
    expect(created(overrides)).toMatchObject(expected);
  });
});

describe('formToExperiment for an existing experiment', () => {
  const base = makeExperiment({
    parameters: {
      feature_flag_variants: [
        { key: 'control', name: 'Control', rollout_percentage: 50, split_percent: 50 },
        { key: 'test', rollout_percentage: 50, split_percent: 50, note: 'kept' },
      ],
      recommended_sample_size: 1200,
    },
    primary_metrics_ordered_uuids: ['m1', 'shared-1', 'm2'],
    metrics: [
      { kind: 'ExperimentMetric', metric_type: 'mean', uuid: 'm1' },
      { kind: 'ExperimentMetric', metric_type: 'mean', uuid: 'm2' },
    ],
  });

  it('keeps keys it does not manage and writes percents where they were', () => {
    const values = experimentToForm(base);
    values.variants = [
      { key: 'control', name: '', percent: 40 },
      { key: 'test', name: '', percent: 30 },
      { key: 'test-2', name: 'New', percent: 30 },
    ];
    expect(formToExperiment(values, base).parameters).toEqual({
      feature_flag_variants: [
        { key: 'control', name: null, rollout_percentage: 40, split_percent: 40 },
        { key: 'test', rollout_percentage: 30, split_percent: 30, note: 'kept' },
        { key: 'test-2', name: 'New', split_percent: 30 },
      ],
      recommended_sample_size: 1200,
    });
  });

  it('orders inline metrics as the form does and keeps shared ones after them', () => {
    const values = experimentToForm(base);
    values.primaryMetrics = [...values.primaryMetrics].reverse();
    expect(formToExperiment(values, base).primary_metrics_ordered_uuids).toEqual([
      'm2',
      'm1',
      'shared-1',
    ]);
  });

  describe('a custom exposure switched between event and action', () => {
    const exposureOf = (config: Record<string, unknown>) =>
      makeExperiment({ exposure_criteria: { filterTestAccounts: true, exposure_config: config } });
    const configFor = (values: Partial<EditorValues>, base: ReturnType<typeof exposureOf>) => {
      const out = formToExperiment({ ...experimentToForm(base), ...values }, base);
      return (out.exposure_criteria as { exposure_config?: unknown }).exposure_config;
    };

    it('an event becomes an action node with the same filters, without the event’s keys', () => {
      const plan = { key: 'plan', operator: 'exact', value: 'pro', type: 'event' };
      const base = exposureOf({
        kind: 'ExperimentEventExposureConfig',
        event: 'pricing_viewed',
        properties: [plan],
      });
      const action = { exposureEvent: '', exposureAction: { id: 1, name: 'Pricing' } };
      expect(configFor(action, base)).toEqual({
        kind: 'ActionsNode',
        id: 1,
        name: 'Pricing',
        properties: [plan],
      });
      // Filters are optional on an action node: none added, none written.
      expect(configFor({ ...action, exposureProperties: [] }, base)).toEqual({
        kind: 'ActionsNode',
        id: 1,
        name: 'Pricing',
      });
    });

    it('an action becomes an event config, without the action’s keys', () => {
      const base = exposureOf({ kind: 'ActionsNode', id: 1, name: 'Pricing', custom_name: 'x' });
      const config = configFor({ exposureEvent: ' signup ', exposureAction: null }, base);
      expect(config).toEqual({
        kind: 'ExperimentEventExposureConfig',
        event: 'signup',
        properties: [],
      });
    });

    it('another action is named after itself and keeps the node’s other keys', () => {
      const base = exposureOf({ kind: 'ActionsNode', id: 1, name: 'Pricing', custom_name: 'x' });
      const config = configFor({ exposureAction: { id: 2, name: 'Clicked CTA' } }, base);
      expect(config).toEqual({ kind: 'ActionsNode', id: 2, name: 'Clicked CTA', custom_name: 'x' });
    });
  });

  it('writes null for a cleared description and a turned-off custom exposure', () => {
    const withExposure = makeExperiment({
      description: 'Old',
      exposure_criteria: { exposure_config: { event: 'seen', properties: [] } },
    });
    const values = { ...experimentToForm(withExposure), description: '  ', customExposure: false };
    expect(formToExperiment(values, withExposure)).toMatchObject({
      description: null,
      exposure_criteria: { exposure_config: null },
    });
  });
});
