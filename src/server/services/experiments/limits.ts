import {
  MAX_EXPERIMENT_BYTES,
  MAX_FUNNEL_STEPS,
  MAX_JSON_FIELD_BYTES,
  MAX_METRICS_PER_LIST,
  MAX_SAVED_METRICS,
} from '../../http/limits';
import { validationError } from '../../http/problem';
import { checkJsonFieldSizes, checkListLength, jsonBytes } from '../json-limits';

/**
 * Issue 16: one request stored 300,000 saved-metric links (or 100,000 metrics, or a 19 MB `filters`), and
 * from then on every read of the experiment, and every list page, carried them. These caps run first, on
 * the raw body, before any item is checked or looked up; each error names its field.
 */

const FREE_FORM_FIELDS = [
  'filters',
  'parameters',
  'secondary_metrics',
  'scheduling_config',
  'exposure_criteria',
  'stats_config',
];

function checkMetrics(field: 'metrics' | 'metrics_secondary', metrics: unknown): void {
  checkListLength(metrics, MAX_METRICS_PER_LIST, field);
  if (!Array.isArray(metrics)) return;
  for (const [i, metric] of metrics.entries()) {
    const fail = (problem: string) =>
      validationError(`Invalid metric at index ${i}: ${problem}`, field, 'max_length');
    if (jsonBytes(metric) > MAX_JSON_FIELD_BYTES)
      throw fail(`larger than ${MAX_JSON_FIELD_BYTES / 1024} kB as JSON.`);
    const series = (metric as { series?: unknown } | null)?.series;
    if (Array.isArray(series) && series.length > MAX_FUNNEL_STEPS)
      throw fail(`a funnel may have at most ${MAX_FUNNEL_STEPS} steps.`);
  }
}

/** Each shared metric may be linked once; PostHog's link table holds one row per pair. */
function checkSavedMetricLinks(links: unknown): void {
  checkListLength(links, MAX_SAVED_METRICS, 'saved_metrics_ids');
  if (!Array.isArray(links)) return;
  const seen = new Set<unknown>();
  for (const link of links) {
    const id = (link as { id?: unknown } | null)?.id;
    if (id === undefined) continue;
    if (seen.has(id)) {
      throw validationError(
        `Duplicate saved metric id: ${JSON.stringify(id)}. Each shared metric can be linked once.`,
        'saved_metrics_ids',
      );
    }
    seen.add(id);
  }
}

export function checkExperimentLimits(body: Record<string, unknown>): void {
  checkSavedMetricLinks(body.saved_metrics_ids);
  checkMetrics('metrics', body.metrics);
  checkMetrics('metrics_secondary', body.metrics_secondary);
  for (const field of ['primary_metrics_ordered_uuids', 'secondary_metrics_ordered_uuids'])
    checkListLength(body[field], MAX_METRICS_PER_LIST + MAX_SAVED_METRICS, field);
  checkJsonFieldSizes(body, FREE_FORM_FIELDS);
}

/** The experiment as it will be stored (column → value), all fields together. */
export function checkStoredSize(values: Record<string, unknown>): void {
  if (jsonBytes(values) > MAX_EXPERIMENT_BYTES) {
    throw validationError(
      `This experiment would be larger than ${MAX_EXPERIMENT_BYTES / 1024} kB as JSON: use fewer or smaller metrics and filters.`,
    );
  }
}
