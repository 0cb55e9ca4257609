import { METRIC_TYPES, type MetricType } from '@/shared';
import { setActionRef } from '../form/action-node';
import type { PropertyFilter } from '@/shared';
import type { MetricValue } from '../form/editor-values';
import { rowsToProperties } from '../form/property-value';
import { newUuid } from '@/lib/new-uuid';
import { PROPERTY_MATH, type MetricFormValues, type SourceValue } from './metric-form-values';

type Json = Record<string, unknown>;

/** Keys that belong to one metric type: dropped when the type changes, kept when it does not. */
const TYPE_KEYS: Record<MetricType, string[]> = {
  mean: ['source', 'lower_bound_percentile', 'upper_bound_percentile', 'ignore_zeros', 'threshold'],
  funnel: ['series', 'funnel_order_type'],
  ratio: ['numerator', 'denominator', 'numerator_outlier_handling', 'denominator_outlier_handling'],
  retention: [
    'start_event',
    'completion_event',
    'retention_window_start',
    'retention_window_end',
    'retention_window_unit',
    'start_handling',
  ],
};
const MATH_KEYS = ['math', 'math_property', 'math_hogql', 'math_group_type_index'];

const without = (object: Json, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/**
 * One source → EventsNode or ActionsNode. Keys the dialog does not edit (custom names, math extras) come
 * back from the original node while it stays the same kind; switching between event and action starts
 * afresh, since an event's name and an action's id mean nothing to the other.
 */
export function sourceToNode(source: SourceValue, { withMath }: { withMath: boolean }): Json {
  const original = source.node;
  const action = source.action;
  const kind = action ? 'ActionsNode' : 'EventsNode';
  const sameKind = original?.kind === kind ? original : null;
  const out: Json = without(sameKind ?? {}, MATH_KEYS);
  out.kind = kind;
  if (action) {
    setActionRef(out, action, sameKind);
  } else {
    const event = source.event.trim();
    out.event = event;
    // PostHog names a node after its event; a custom name someone gave it stays.
    if (original?.kind !== kind || original.name === original.event) out.name = event;
  }
  // Filters narrow an event and an action alike, so they carry over when the kind changes. Left out while
  // the node never had the key and no filter was added.
  const originalFilters = Array.isArray(original?.properties)
    ? (original.properties as PropertyFilter[])
    : [];
  if (source.properties.length > 0 || (sameKind && sameKind.properties != null)) {
    out.properties = rowsToProperties(source.properties, originalFilters);
  } else {
    delete out.properties;
  }
  // Funnel steps and retention events carry no math unless they already had one.
  if (!withMath && original?.math == null) return out;
  out.math = source.math;
  if (PROPERTY_MATH.has(source.math)) out.math_property = source.mathProperty.trim();
  if (source.math === 'hogql') out.math_hogql = source.mathHogql.trim();
  if (source.math === 'unique_group') out.math_group_type_index = source.mathGroupTypeIndex;
  return out;
}

/** Writes a key when the metric is new, already had it, or the value is not PostHog's default. */
function setUnlessDefault(
  out: Json,
  original: Json | null,
  key: string,
  value: unknown,
  fallback: unknown,
) {
  if (!original || key in original || value !== fallback) out[key] = value;
}

function typeFields(form: MetricFormValues, out: Json, original: Json | null): void {
  switch (form.metricType) {
    case 'mean':
      out.source = sourceToNode(form.source, { withMath: true });
      return;
    case 'funnel':
      out.series = form.steps.map((step) => sourceToNode(step, { withMath: false }));
      setUnlessDefault(out, original, 'funnel_order_type', form.funnelOrderType, 'ordered');
      return;
    case 'ratio':
      out.numerator = sourceToNode(form.numerator, { withMath: true });
      out.denominator = sourceToNode(form.denominator, { withMath: true });
      return;
    case 'retention':
      out.start_event = sourceToNode(form.startEvent, { withMath: false });
      out.completion_event = sourceToNode(form.completionEvent, { withMath: false });
      out.retention_window_start = form.retentionWindowStart;
      out.retention_window_end = form.retentionWindowEnd;
      out.retention_window_unit = form.retentionWindowUnit;
      out.start_handling = form.startHandling;
  }
}

/**
 * The dialog's form → PostHog's ExperimentMetric, on top of the metric being edited (null when adding) so
 * its uuid and any keys the dialog does not show survive.
 */
export function formToMetric(form: MetricFormValues, original: MetricValue | null): MetricValue {
  const o = original as Json | null;
  const otherTypes = METRIC_TYPES.filter((type) => type !== form.metricType);
  const out: Json = without(
    o ?? {},
    otherTypes.flatMap((type) => TYPE_KEYS[type]),
  );
  out.kind = 'ExperimentMetric';
  out.metric_type = form.metricType;
  out.uuid = typeof o?.uuid === 'string' && o.uuid ? o.uuid : newUuid();
  const name = form.name.trim();
  if (name) out.name = name;
  else delete out.name;
  setUnlessDefault(out, o, 'goal', form.goal, 'increase');
  if (form.conversionWindow != null) {
    out.conversion_window = form.conversionWindow;
    setUnlessDefault(out, o, 'conversion_window_unit', form.conversionWindowUnit, 'day');
  } else {
    delete out.conversion_window;
    delete out.conversion_window_unit;
  }
  typeFields(form, out, o);
  return out as MetricValue;
}
