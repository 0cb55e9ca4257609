import {
  metricDisplayName,
  STATUS_LABELS,
  variantPercent,
  type ExperimentStatus,
  type SplitVariant,
} from '@/shared';
import { conclusionLabel } from '@/features/experiments/utils/conclusion-labels';

const FIELD_LABELS: Record<string, string> = {
  start_date: 'Start date',
  end_date: 'End date',
  holdout_id: 'Holdout',
  parameters: 'Variants and rollout',
  exposure_criteria: 'Exposure criteria',
  metrics: 'Primary metrics',
  metrics_secondary: 'Secondary metrics',
  saved_metrics: 'Shared metrics',
  stats_config: 'Statistics settings',
  conclusion_comment: 'Conclusion comment',
  primary_metrics_ordered_uuids: 'Primary metric order',
  secondary_metrics_ordered_uuids: 'Secondary metric order',
  only_count_matured_users: 'Only count matured users',
  feature_flag_active: 'Feature flag',
  feature_flag_variants: 'Flag variants',
  duplicated_from: 'Duplicated from',
};

/** "conclusion_comment" → "Conclusion comment", with hand-written names where the field name misleads. */
export function fieldLabel(field: string | null | undefined): string {
  if (!field) return 'Experiment';
  const words = FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type ValueText =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'text'; text: string }
  /** Anything the console has no words for yet: shown as JSON rather than hidden. */
  | { kind: 'json'; text: string };

const text = (value: string): ValueText => ({ kind: 'text', text: value });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function splitText(variants: unknown): string {
  if (!Array.isArray(variants) || variants.length === 0) return 'Default variants';
  return (variants as SplitVariant[]).map((v) => `${v.key} ${variantPercent(v)}\u00a0%`).join(', ');
}

function parametersText(value: Record<string, unknown>): string {
  const parts = [splitText(value.feature_flag_variants)];
  if (typeof value.rollout_percentage === 'number')
    parts.push(`rollout ${value.rollout_percentage}\u00a0%`);
  if (typeof value.minimum_detectable_effect === 'number')
    parts.push(`minimum detectable effect ${value.minimum_detectable_effect}\u00a0%`);
  return parts.join('; ');
}

function exposureText(value: Record<string, unknown>): string {
  const parts = [
    value.filterTestAccounts === false ? 'Test accounts included' : 'Test accounts excluded',
  ];
  const config = value.exposure_config as { event?: string } | null | undefined;
  if (config?.event) parts.push(`exposure event ${config.event}`);
  if (typeof value.multiple_variant_handling === 'string')
    parts.push(`users in several variants: ${value.multiple_variant_handling.replace(/_/g, ' ')}`);
  return parts.join('; ');
}

/** "Revenue (secondary)": a linked shared metric as the server's activity log names it. */
function sharedMetricText(link: unknown): string {
  const { name, type } = (link ?? {}) as { name?: unknown; type?: unknown };
  const label = typeof name === 'string' ? name : 'Shared metric';
  return type === 'secondary' ? `${label} (secondary)` : label;
}

/** One side of a field-level change, in words where the console knows the field. */
export function valueText(field: string | null | undefined, value: unknown): ValueText {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  switch (field) {
    case 'feature_flag_active':
      return text(value ? 'On' : 'Off');
    case 'status':
      return text(STATUS_LABELS[value as ExperimentStatus]?.label ?? String(value));
    case 'conclusion':
      return text(conclusionLabel(String(value)));
    case 'metrics':
    case 'metrics_secondary':
      return Array.isArray(value)
        ? text(value.map(metricDisplayName).join(', ') || 'None')
        : text(String(value));
    case 'saved_metrics':
      return Array.isArray(value)
        ? text(value.map(sharedMetricText).join(', ') || 'None')
        : text(String(value));
    case 'primary_metrics_ordered_uuids':
    case 'secondary_metrics_ordered_uuids':
      return Array.isArray(value)
        ? text(`${value.length} metric${value.length === 1 ? '' : 's'} in order`)
        : text(String(value));
    case 'feature_flag_variants':
      return text(splitText(value));
    case 'parameters':
      if (typeof value === 'object') return text(parametersText(value as Record<string, unknown>));
      break;
    case 'exposure_criteria':
      if (typeof value === 'object') return text(exposureText(value as Record<string, unknown>));
      break;
    case 'duplicated_from':
      return text(`Experiment #${String(value)}`);
  }
  if (typeof value === 'boolean') return text(value ? 'Yes' : 'No');
  if (typeof value === 'string')
    return ISO_DATE.test(value) ? { kind: 'date', iso: value } : text(value);
  if (typeof value === 'number') return text(String(value));
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}
