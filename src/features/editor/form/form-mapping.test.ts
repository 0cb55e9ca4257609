import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { EDITOR_API_FIELDS } from './api-fields';
import type { EditorValues } from './editor-values';
import { experimentToForm } from './experiment-to-form';
import { formToExperiment } from './form-to-experiment';

const fixture = (name: string) =>
  Experiment.parse(
    JSON.parse(
      readFileSync(new URL(`../../../testing/fixtures/posthog/${name}`, import.meta.url), 'utf8'),
    ),
  );

/** The writable fields the editor manages, exactly as the API gave them. */
function editorFieldsOf(experiment: Experiment) {
  return Object.fromEntries(
    EDITOR_API_FIELDS.filter((field) => field in experiment).map((field) => [
      field,
      experiment[field],
    ]),
  );
}

describe('API ⇄ form round trip', () => {
  it.each([['posthog-experiment-example-1.json'], ['posthog-experiment-example-3.json']])(
    '%s maps to the form and back without a change',
    (file) => {
      const experiment = fixture(file);
      expect(formToExperiment(experimentToForm(experiment), experiment)).toEqual(
        editorFieldsOf(experiment),
      );
    },
  );

  it('keeps an action exposure set in PostHog exactly as it was', () => {
    const experiment = makeExperiment({
      exposure_criteria: {
        filterTestAccounts: true,
        exposure_config: {
          kind: 'ActionsNode',
          id: 4,
          name: 'Pricing, any page',
          custom_name: 'Saw pricing',
          properties: [{ key: 'plan', operator: 'exact', value: 'pro', type: 'event' }],
        },
      },
    });
    expect(formToExperiment(experimentToForm(experiment), experiment).exposure_criteria).toEqual(
      experiment.exposure_criteria,
    );
  });

  it('reads the real examples as a person would see them', () => {
    const form = experimentToForm(fixture('posthog-experiment-example-1.json'));
    expect(form.variants).toEqual([
      { key: 'control', name: '', percent: 34 },
      { key: 'test', name: '', percent: 33 },
      { key: 'test_2', name: '', percent: 33 },
    ]);
    expect(form).toMatchObject({
      rolloutPercent: 100,
      minimumDetectableEffect: 1,
      statsMethod: 'bayesian',
      confidencePercent: 95,
      filterTestAccounts: false,
      description: '',
    });
  });
});

describe('experimentToForm', () => {
  it.each<[string, Partial<Experiment>, Partial<EditorValues>]>([
    [
      'variants and rollout from the flag when parameters are null',
      {
        parameters: null,
        feature_flag: {
          id: 1,
          key: 'k',
          filters: {
            groups: [{ rollout_percentage: 40 }],
            multivariate: {
              variants: [
                { key: 'control', rollout_percentage: 70 },
                { key: 'b', rollout_percentage: 30 },
              ],
            },
          },
        },
      },
      {
        rolloutPercent: 40,
        variants: [
          { key: 'control', name: '', percent: 70 },
          { key: 'b', name: '', percent: 30 },
        ],
      },
    ],
    [
      'frequentist alpha as a confidence level',
      { stats_config: { method: 'frequentist', frequentist: { alpha: 0.1 } } },
      { statsMethod: 'frequentist', confidencePercent: 90 },
    ],
    [
      'a custom exposure event with its filters',
      {
        exposure_criteria: {
          filterTestAccounts: true,
          multiple_variant_handling: 'first_seen',
          exposure_config: {
            kind: 'ExperimentEventExposureConfig',
            event: 'checkout_viewed',
            properties: [{ key: 'plan', operator: 'exact', value: ['pro', 'team'], type: 'event' }],
          },
        },
      },
      {
        customExposure: true,
        exposureEvent: 'checkout_viewed',
        exposureProperties: [{ key: 'plan', operator: 'exact', value: 'pro, team' }],
        multipleVariantHandling: 'first_seen',
      },
    ],
    [
      'an action as the custom exposure, with its filters',
      {
        exposure_criteria: {
          exposure_config: {
            kind: 'ActionsNode',
            id: 1,
            name: 'Visited pricing page',
            properties: [{ key: 'plan', operator: 'exact', value: 'pro', type: 'event' }],
          },
        },
      },
      {
        customExposure: true,
        exposureEvent: '',
        exposureAction: { id: 1, name: 'Visited pricing page' },
        exposureProperties: [{ key: 'plan', operator: 'exact', value: 'pro' }],
      },
    ],
    [
      'an action exposure without a name, labelled as the picker labels it',
      { exposure_criteria: { exposure_config: { kind: 'ActionsNode', id: 7 } } },
      { customExposure: true, exposureEvent: '', exposureAction: { id: 7, name: 'Action #7' } },
    ],
    [
      'an event exposure as no action',
      { exposure_criteria: { exposure_config: { event: 'seen', properties: [] } } },
      { customExposure: true, exposureEvent: 'seen', exposureAction: null },
    ],
    [
      'shared metric links with their kind',
      {
        saved_metrics: [
          { id: 1, saved_metric: 3, metadata: { type: 'secondary' } },
          { id: 2, saved_metric: 4, metadata: null },
        ],
      },
      {
        savedMetrics: [
          { id: 3, type: 'secondary' },
          { id: 4, type: 'primary' },
        ],
      },
    ],
  ])('%s', (_case, overrides, expected) => {
    expect(experimentToForm(makeExperiment(overrides))).toMatchObject(expected);
  });
});
