import { evenSplit, type ExperimentType } from '@/shared';
import type { ActionRef } from '../api/get-actions';

/**
 * The editor's own shape of an experiment: flat, camelCase, one value per input. API ⇄ form mapping lives in
 * experiment-to-form.ts and form-to-experiment.ts; nothing else converts between the two.
 */

export interface VariantValue {
  key: string;
  /** Optional display name; '' means none. */
  name: string;
  /** Whole percent of enrolled users. */
  percent: number;
}

export interface PropertyFilterValue {
  key: string;
  operator: string;
  /** As typed; parsed back to the original type when unchanged (see exposure mapping). */
  value: string;
}

/**
 * A metric is kept in the API's own shape (ExperimentMetric), so metrics the dialog never touched go back
 * exactly as they came; the metric dialog maps one metric to its own form and back.
 */
export type MetricValue = Record<string, unknown> & { uuid: string; metric_type?: unknown };

export type SavedMetricKind = 'primary' | 'secondary';
export interface SavedMetricLinkValue {
  id: number;
  type: SavedMetricKind;
}

export type StatsMethod = 'bayesian' | 'frequentist';
export type MultipleVariantHandling = 'exclude' | 'first_seen';

export interface EditorValues {
  name: string;
  description: string;
  featureFlagKey: string;
  type: ExperimentType;
  holdoutId: number | null;
  /** ISO date-times as the API gave them, so an untouched date goes back unchanged. */
  startDate: string | null;
  endDate: string | null;
  variants: VariantValue[];
  rolloutPercent: number;
  minimumDetectableEffect: number | null;
  statsMethod: StatsMethod;
  confidencePercent: number;
  filterTestAccounts: boolean;
  customExposure: boolean;
  exposureEvent: string;
  /** A PostHog action as the exposure instead of an event (ActionsNode); picking one empties the event. */
  exposureAction: ActionRef | null;
  exposureProperties: PropertyFilterValue[];
  multipleVariantHandling: MultipleVariantHandling;
  onlyCountMaturedUsers: boolean;
  primaryMetrics: MetricValue[];
  secondaryMetrics: MetricValue[];
  savedMetrics: SavedMetricLinkValue[];
}

export type EditorField = keyof EditorValues;

export const DEFAULT_CONFIDENCE_PERCENT = 95;
export const DEFAULT_ROLLOUT_PERCENT = 100;
export const MAX_METRICS_PER_KIND = 10;

/** A new experiment as PostHog would create it: control/test 50/50, Bayesian, test accounts filtered. */
export function emptyEditorValues(): EditorValues {
  const [control = 50, test = 50] = evenSplit(2);
  return {
    name: '',
    description: '',
    featureFlagKey: '',
    type: 'product',
    holdoutId: null,
    startDate: null,
    endDate: null,
    variants: [
      { key: 'control', name: 'Control', percent: control },
      { key: 'test', name: 'Test', percent: test },
    ],
    rolloutPercent: DEFAULT_ROLLOUT_PERCENT,
    minimumDetectableEffect: null,
    statsMethod: 'bayesian',
    confidencePercent: DEFAULT_CONFIDENCE_PERCENT,
    filterTestAccounts: true,
    customExposure: false,
    exposureEvent: '',
    exposureAction: null,
    exposureProperties: [],
    multipleVariantHandling: 'exclude',
    onlyCountMaturedUsers: false,
    primaryMetrics: [],
    secondaryMetrics: [],
    savedMetrics: [],
  };
}
