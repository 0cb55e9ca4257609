import type { ExperimentMath, MetricType, TimeUnit } from '@/shared';
import type { ActionRef } from '../api/get-actions';
import type { PropertyFilterValue } from '../form/editor-values';

/**
 * The metric dialog's form: one value per input, every metric type's inputs at once so switching the type
 * keeps what was typed. metric-to-form.ts and form-to-metric.ts convert to and from PostHog's metric.
 */

/** A source is an event (typed or picked) or a PostHog action (picked); choosing one clears the other. */
export interface SourceValue {
  event: string;
  action: ActionRef | null;
  math: ExperimentMath;
  mathProperty: string;
  mathHogql: string;
  mathGroupTypeIndex: number;
  /** The node's property filters ("`$current_url` contains `/home`"), one row each. */
  properties: PropertyFilterValue[];
  /** The node this came from: keys the dialog does not edit (custom names, filter types) go back. */
  node: Record<string, unknown> | null;
}

export type FunnelOrderType = 'ordered' | 'strict' | 'unordered';
export type StartHandling = 'first_seen' | 'last_seen';
export type MetricGoal = 'increase' | 'decrease';

export interface MetricFormValues {
  metricType: MetricType;
  name: string;
  goal: MetricGoal;
  /** Null: the whole experiment (no window). */
  conversionWindow: number | null;
  conversionWindowUnit: TimeUnit;
  source: SourceValue;
  steps: SourceValue[];
  funnelOrderType: FunnelOrderType;
  numerator: SourceValue;
  denominator: SourceValue;
  startEvent: SourceValue;
  completionEvent: SourceValue;
  retentionWindowStart: number;
  retentionWindowEnd: number;
  retentionWindowUnit: TimeUnit;
  startHandling: StartHandling;
}

/** Math that needs a property name: "sum of `revenue`". */
export const PROPERTY_MATH: ReadonlySet<string> = new Set(['sum', 'avg', 'min', 'max']);

export function emptySource(event = '', math: ExperimentMath = 'total'): SourceValue {
  return {
    event,
    action: null,
    math,
    mathProperty: '',
    mathHogql: '',
    mathGroupTypeIndex: 0,
    properties: [],
    node: null,
  };
}

export function emptyMetricForm(): MetricFormValues {
  return {
    metricType: 'mean',
    name: '',
    goal: 'increase',
    conversionWindow: null,
    conversionWindowUnit: 'day',
    source: emptySource(),
    steps: [emptySource()],
    funnelOrderType: 'ordered',
    numerator: emptySource(),
    denominator: emptySource(),
    startEvent: emptySource(),
    completionEvent: emptySource(),
    retentionWindowStart: 0,
    retentionWindowEnd: 7,
    retentionWindowUnit: 'day',
    startHandling: 'first_seen',
  };
}
