import { describeMetric } from '@/shared';
import { formatDateTime } from '@/lib/format-date';
import type { EditorApiField } from '../form/api-fields';
import type { EditorValues, MetricValue } from '../form/editor-values';

export interface FieldNames {
  holdout: (id: number) => string;
  savedMetric: (id: number) => string;
}

const truncate = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const metrics = (list: MetricValue[]) =>
  list.length === 0 ? 'No metrics' : list.map((m) => describeMetric(m)).join(' · ');

const customExposure = (v: EditorValues) =>
  v.exposureAction
    ? `action “${v.exposureAction.name}”`
    : v.exposureEvent || '(no event or action)';

/** One line per field for the conflict dialog, so both sides can be compared at a glance. */
export function describeField(field: EditorApiField, v: EditorValues, names: FieldNames): string {
  switch (field) {
    case 'name':
    case 'feature_flag_key':
      return v[field === 'name' ? 'name' : 'featureFlagKey'] || '(empty)';
    case 'description':
      return v.description.trim() ? truncate(v.description) : '(empty)';
    case 'type':
      return v.type === 'web' ? 'Web' : 'Product';
    case 'holdout_id':
      return v.holdoutId == null ? 'No holdout' : names.holdout(v.holdoutId);
    case 'start_date':
      return formatDateTime(v.startDate) ?? 'Not set';
    case 'end_date':
      return formatDateTime(v.endDate) ?? 'Not set';
    case 'parameters': {
      const split = v.variants.map((x) => `${x.key} ${x.percent}%`).join(' · ');
      const mde = v.minimumDetectableEffect == null ? '' : ` · MDE ${v.minimumDetectableEffect}%`;
      return `${split} · rollout ${v.rolloutPercent}%${mde}`;
    }
    case 'metrics':
    case 'primary_metrics_ordered_uuids':
      return metrics(v.primaryMetrics);
    case 'metrics_secondary':
    case 'secondary_metrics_ordered_uuids':
      return metrics(v.secondaryMetrics);
    case 'saved_metrics_ids':
      return v.savedMetrics.length === 0
        ? 'None'
        : v.savedMetrics.map((l) => `${names.savedMetric(l.id)} (${l.type})`).join(' · ');
    case 'stats_config':
      return `${v.statsMethod === 'frequentist' ? 'Frequentist' : 'Bayesian'}, ${v.confidencePercent}% confidence`;
    case 'exposure_criteria':
      return [
        v.filterTestAccounts ? 'Test accounts filtered out' : 'Test accounts included',
        v.customExposure ? `exposure: ${customExposure(v)}` : 'default exposure',
        v.multipleVariantHandling === 'first_seen'
          ? 'multi-variant users count in their first variant'
          : 'multi-variant users excluded',
      ].join(' · ');
    case 'only_count_matured_users':
      return v.onlyCountMaturedUsers ? 'Yes' : 'No';
  }
}
