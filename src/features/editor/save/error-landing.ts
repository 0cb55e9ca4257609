import type { PostHogErrorBody } from '@/shared';

/**
 * Where a server error belongs in the form. PostHog names the field in `attr` (nested keys joined by "__");
 * some rules answer with `attr: null` and a sentence that still points at one field.
 */
export type ErrorLanding =
  | { kind: 'field'; field: string; message: string }
  | { kind: 'unknown-events'; events: string[]; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'form'; message: string };

const ATTR_FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  feature_flag_key: 'featureFlagKey',
  key: 'featureFlagKey',
  get_feature_flag_key: 'featureFlagKey',
  type: 'type',
  holdout_id: 'holdoutId',
  holdout: 'holdoutId',
  start_date: 'startDate',
  end_date: 'endDate',
  stats_config: 'statsMethod',
  only_count_matured_users: 'onlyCountMaturedUsers',
  saved_metrics_ids: 'savedMetrics.root',
  primary_metrics_ordered_uuids: 'primaryMetrics.root',
  secondary_metrics_ordered_uuids: 'secondaryMetrics.root',
  // The flag serializer reports the split sum on its own `filters`.
  filters: 'variants.root',
};

const METRIC_LISTS: Record<string, string> = {
  metrics: 'primaryMetrics',
  metrics_secondary: 'secondaryMetrics',
};

/** `attr: null` sentences that still name one field (contract §3.1–§3.4). */
const SENTENCE_FIELDS: [RegExp, string][] = [
  [/^End date must be after start date/, 'endDate'],
  [/^Can't update feature_flag_variants/, 'variants.root'],
  [/^Can't update holdout/, 'holdoutId'],
  [/^Feature flag must have/, 'featureFlagKey'],
  [/^Can't update keys: get_feature_flag_key/, 'featureFlagKey'],
];

function metricField(list: string, parts: string[], detail: string): string {
  const fromAttr = parts[1] && /^\d+$/.test(parts[1]) ? parts[1] : null;
  const fromDetail = /Invalid metric at index (\d+)/.exec(detail)?.[1] ?? null;
  const index = fromAttr ?? fromDetail;
  return index === null ? `${list}.root` : `${list}.${index}`;
}

function parametersField(parts: string[]): string {
  if (parts[1] === 'rollout_percentage') return 'rolloutPercent';
  if (parts[1] === 'minimum_detectable_effect') return 'minimumDetectableEffect';
  if (parts[1] === 'feature_flag_variants' && parts[2] && parts[3]) {
    const field =
      parts[3] === 'split_percent' || parts[3] === 'rollout_percentage' ? 'percent' : parts[3];
    return `variants.${parts[2]}.${field}`;
  }
  return 'variants.root';
}

export function fieldForAttr(attr: string, detail: string): string | null {
  const parts = attr.split('__');
  const head = parts[0] ?? '';
  if (head in METRIC_LISTS) return metricField(METRIC_LISTS[head]!, parts, detail);
  if (head === 'parameters') return parametersField(parts);
  if (head === 'exposure_criteria') {
    return /filterTestAccounts/.test(detail) ? 'filterTestAccounts' : 'exposureEvent';
  }
  return ATTR_FIELDS[head] ?? null;
}

/** "Event(s) 'a', 'b' not found." → ['a', 'b']. */
export function unknownEventNames(detail: string): string[] | null {
  const match = /^Event\(s\) (.+?) not found/.exec(detail);
  if (!match?.[1]) return null;
  return [...match[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
}

export function landingFor(status: number, body: PostHogErrorBody): ErrorLanding {
  const message = body.detail;
  if (status === 403) return { kind: 'forbidden', message };
  if (status === 404) {
    return { kind: 'form', message: 'This experiment no longer exists: it may have been deleted.' };
  }
  if (body.attr) {
    const field = fieldForAttr(body.attr, message);
    return field ? { kind: 'field', field, message } : { kind: 'form', message };
  }
  const events = unknownEventNames(message);
  if (events) return { kind: 'unknown-events', events, message };
  const sentence = SENTENCE_FIELDS.find(([pattern]) => pattern.test(message));
  return sentence ? { kind: 'field', field: sentence[1], message } : { kind: 'form', message };
}
