import type { WritableExperimentField } from '@/shared';
import type { EditorField } from './editor-values';

/**
 * Which form fields make up each API field the editor writes. A PATCH sends an API field when any of its
 * form fields is dirty; a server error on an API field lands on its first form field; the conflict dialog
 * compares and copies these groups.
 */
export const API_FIELD_SOURCES = {
  name: ['name'],
  description: ['description'],
  feature_flag_key: ['featureFlagKey'],
  type: ['type'],
  holdout_id: ['holdoutId'],
  start_date: ['startDate'],
  end_date: ['endDate'],
  parameters: ['variants', 'rolloutPercent', 'minimumDetectableEffect'],
  metrics: ['primaryMetrics'],
  metrics_secondary: ['secondaryMetrics'],
  primary_metrics_ordered_uuids: ['primaryMetrics'],
  secondary_metrics_ordered_uuids: ['secondaryMetrics'],
  saved_metrics_ids: ['savedMetrics'],
  stats_config: ['statsMethod', 'confidencePercent'],
  exposure_criteria: [
    'filterTestAccounts',
    'customExposure',
    'exposureEvent',
    'exposureAction',
    'exposureProperties',
    'multipleVariantHandling',
  ],
  only_count_matured_users: ['onlyCountMaturedUsers'],
} as const satisfies Partial<Record<WritableExperimentField, readonly EditorField[]>>;

export type EditorApiField = keyof typeof API_FIELD_SOURCES;
export const EDITOR_API_FIELDS = Object.keys(API_FIELD_SOURCES) as EditorApiField[];

/** PostHog refuses these in an update ("Can't update keys"): the flag key and the type are set at creation. */
export const CREATE_ONLY_FIELDS: readonly EditorApiField[] = ['feature_flag_key', 'type'];

/** How each API field is named to a person (conflict dialog, error summary). */
export const API_FIELD_LABELS: Record<EditorApiField, string> = {
  name: 'Name',
  description: 'Description',
  feature_flag_key: 'Feature flag key',
  type: 'Type',
  holdout_id: 'Holdout',
  start_date: 'Start date',
  end_date: 'End date',
  parameters: 'Variants, split and rollout',
  metrics: 'Primary metrics',
  metrics_secondary: 'Secondary metrics',
  primary_metrics_ordered_uuids: 'Order of primary metrics',
  secondary_metrics_ordered_uuids: 'Order of secondary metrics',
  saved_metrics_ids: 'Shared metrics',
  stats_config: 'Statistics',
  exposure_criteria: 'Exposure criteria',
  only_count_matured_users: 'Only count matured users',
};

export function formFieldsOf(apiField: EditorApiField): readonly EditorField[] {
  return API_FIELD_SOURCES[apiField];
}
