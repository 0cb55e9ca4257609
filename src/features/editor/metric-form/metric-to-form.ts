import {
  EXPERIMENT_MATH,
  FUNNEL_ORDER_TYPES,
  START_HANDLING,
  TIME_UNITS,
  type ExperimentMath,
  type MetricType,
} from '@/shared';
import { actionRefOf } from '../form/action-node';
import type { MetricValue } from '../form/editor-values';
import { propertiesToRows } from '../form/property-value';
import {
  emptyMetricForm,
  emptySource,
  type MetricFormValues,
  type SourceValue,
} from './metric-form-values';

type Json = Record<string, unknown>;

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  (list as readonly unknown[]).includes(value) ? (value as T) : fallback;

export function nodeToSource(node: unknown): SourceValue {
  if (!node || typeof node !== 'object') return emptySource();
  const n = node as Json;
  const action = actionRefOf(n);
  return {
    event: !action && typeof n.event === 'string' ? n.event : '',
    action,
    math: oneOf<ExperimentMath>(EXPERIMENT_MATH, n.math, 'total'),
    mathProperty: typeof n.math_property === 'string' ? n.math_property : '',
    mathHogql: typeof n.math_hogql === 'string' ? n.math_hogql : '',
    mathGroupTypeIndex: typeof n.math_group_type_index === 'number' ? n.math_group_type_index : 0,
    properties: propertiesToRows(n.properties),
    node: n,
  };
}

/** PostHog's metric → the dialog's form. A new metric starts as a mean of an event, goal increase. */
export function metricToForm(metric: MetricValue | null): MetricFormValues {
  const form = emptyMetricForm();
  if (!metric) return form;
  const m = metric as Json;
  const type = m.metric_type as MetricType;
  form.metricType = type;
  form.name = typeof m.name === 'string' ? m.name : '';
  form.goal = m.goal === 'decrease' ? 'decrease' : 'increase';
  form.conversionWindow = typeof m.conversion_window === 'number' ? m.conversion_window : null;
  form.conversionWindowUnit = oneOf(TIME_UNITS, m.conversion_window_unit, 'day');
  if (type === 'mean') form.source = nodeToSource(m.source);
  if (type === 'funnel') {
    form.steps = Array.isArray(m.series) ? m.series.map(nodeToSource) : [];
    form.funnelOrderType = oneOf(FUNNEL_ORDER_TYPES, m.funnel_order_type, 'ordered');
  }
  if (type === 'ratio') {
    form.numerator = nodeToSource(m.numerator);
    form.denominator = nodeToSource(m.denominator);
  }
  if (type === 'retention') {
    form.startEvent = nodeToSource(m.start_event);
    form.completionEvent = nodeToSource(m.completion_event);
    form.retentionWindowStart = Number(m.retention_window_start ?? 0);
    form.retentionWindowEnd = Number(m.retention_window_end ?? 7);
    form.retentionWindowUnit = oneOf(TIME_UNITS, m.retention_window_unit, 'day');
    form.startHandling = oneOf(START_HANDLING, m.start_handling, 'first_seen');
  }
  return form;
}

export type LeadSource = Pick<SourceValue, 'event' | 'action'>;

/**
 * The event or action a metric type starts from, so switching type carries what the person already
 * chose. Null when that type has neither yet.
 */
export function leadSource(
  form: MetricFormValues,
  type: MetricType = form.metricType,
): LeadSource | null {
  const source =
    type === 'mean'
      ? form.source
      : type === 'funnel'
        ? form.steps[0]
        : type === 'ratio'
          ? form.numerator
          : form.startEvent;
  if (!source || (!source.event && !source.action)) return null;
  return { event: source.event, action: source.action };
}
