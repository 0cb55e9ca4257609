import type { Experiment } from '@/shared';
import type { EditorApiField } from './api-fields';
import type { EditorValues } from './editor-values';
import { exposureToApi } from './to-api/exposure-to-api';
import { orderedUuidsToApi, savedMetricIdsToApi } from './to-api/metrics-to-api';
import { parametersToApi } from './to-api/parameters-to-api';
import { statsToApi } from './to-api/stats-to-api';

export type EditorApiBody = Partial<Record<EditorApiField, unknown>>;

/**
 * Form → every API field the editor writes. `base` is the experiment the form was loaded from (undefined
 * when creating): keys the form does not manage are carried over from it, and keys PostHog left out stay
 * out while the form holds PostHog's default, so an untouched experiment maps back to itself.
 */
export function formToExperiment(values: EditorValues, base?: Experiment): EditorApiBody {
  const isNew = !base;
  const body: EditorApiBody = {
    name: values.name.trim(),
    description: values.description.trim() ? values.description : null,
    feature_flag_key: values.featureFlagKey.trim(),
    type: values.type,
    holdout_id: values.holdoutId,
    start_date: values.startDate,
    end_date: values.endDate,
    parameters: parametersToApi(values, base),
    metrics: values.primaryMetrics,
    metrics_secondary: values.secondaryMetrics,
    primary_metrics_ordered_uuids: orderedUuidsToApi(
      values.primaryMetrics,
      base?.primary_metrics_ordered_uuids,
      base?.metrics,
      isNew,
    ),
    secondary_metrics_ordered_uuids: orderedUuidsToApi(
      values.secondaryMetrics,
      base?.secondary_metrics_ordered_uuids,
      base?.metrics_secondary,
      isNew,
    ),
    saved_metrics_ids: savedMetricIdsToApi(values.savedMetrics, base),
    stats_config: statsToApi(values, base),
    exposure_criteria: exposureToApi(values, base),
    only_count_matured_users:
      isNew || base.only_count_matured_users != null || values.onlyCountMaturedUsers
        ? values.onlyCountMaturedUsers
        : undefined,
  };
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as EditorApiBody;
}
