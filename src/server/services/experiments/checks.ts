import { createHash, randomUUID } from 'node:crypto';
import {
  ExposureCriteriaInput,
  metricActionIds,
  metricEventNames,
  metricListProblem,
  SavedMetricLinkInput,
  STATS_METHODS,
  variantListProblem,
} from '@/shared';
import { validationError } from '../../http/problem';
import type { RequestContext } from '../context';
import { loadHoldout } from '../holdouts';
import { loadSavedMetric } from '../saved-metrics';
import { checkExperimentLimits } from './limits';
import { isObject } from '../../ingest/json-values';

/**
 * Body checks that create and update share (contract §3.1–§3.4), in PostHog's order and words. They only
 * read; a failure throws before anything is written.
 */

type Metric = Record<string, unknown>;

/** PostHog gives every inline metric a uuid when it has none. */
export function withMetricUuids(metrics: unknown[] | null | undefined): Metric[] | null {
  if (metrics == null) return null;
  return metrics.map((m) => {
    const metric = m as Metric;
    const uuid = typeof metric.uuid === 'string' && metric.uuid ? metric.uuid : randomUUID();
    return { kind: 'ExperimentMetric', ...metric, uuid };
  });
}

function checkMetricList(field: 'metrics' | 'metrics_secondary', metrics: unknown): void {
  const problem = metricListProblem(metrics);
  if (problem) throw validationError(problem, field);
}

/** Action ids must exist; event names must have been seen unless the caller allows unknown events. */
export function checkMetricReferences(
  ctx: RequestContext,
  metrics: Metric[],
  allowUnknownEvents: boolean,
): void {
  const actionIds = metricActionIds(metrics);
  if (actionIds.length > 0) {
    const found = new Set(
      ctx.db
        .prepare(
          `SELECT id FROM actions WHERE team_id = ? AND deleted = 0 AND id IN (${actionIds.map(() => '?').join(',')})`,
        )
        .pluck()
        .all(ctx.teamId, ...actionIds) as number[],
    );
    const missing = actionIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw validationError(
        `Action(s) with ID ${missing.join(', ')} not found or deleted. Each ActionsNode must reference an existing action belonging to this project.`,
      );
    }
  }
  if (allowUnknownEvents) return;
  const unknown = metricEventNames(metrics).filter(
    (name) =>
      !ctx.db
        .prepare('SELECT 1 FROM event_definitions WHERE team_id = ? AND name = ?')
        .get(ctx.teamId, name),
  );
  if (unknown.length > 0) {
    throw validationError(
      `Event(s) ${unknown.map((n) => `'${n}'`).join(', ')} not found. No events with these names have been ingested by this project. Check the spelling, or set allow_unknown_events to true to save the experiment anyway.`,
    );
  }
}

function checkStatsConfig(stats: unknown): void {
  if (!isObject(stats) || stats.method === undefined) return;
  if (!(STATS_METHODS as readonly unknown[]).includes(stats.method)) {
    throw validationError(
      `Invalid stats method: '${String(stats.method)}'. Must be one of: ${STATS_METHODS.join(', ')}`,
    );
  }
}

/** PostHog's exposure-criteria validator: its two sentences, on the field (contract §3.1). */
function checkExposureCriteria(criteria: unknown): void {
  if (criteria == null) return;
  const fail = (detail: string) => validationError(detail, 'exposure_criteria');
  if (!isObject(criteria)) throw fail('Invalid exposure criteria');
  const filterTestAccounts = criteria.filterTestAccounts;
  if (filterTestAccounts != null && typeof filterTestAccounts !== 'boolean')
    throw fail('filterTestAccounts must be a boolean');
  const config = criteria.exposure_config;
  if (config == null) return;
  // ActionsNode needs an action id, ExperimentEventExposureConfig (the default kind) an event name.
  const valid =
    isObject(config) &&
    ExposureCriteriaInput.shape.exposure_config.safeParse(config).success &&
    (config.kind === 'ActionsNode'
      ? typeof config.id === 'number'
      : typeof config.event === 'string');
  if (!valid) throw fail('Invalid exposure criteria');
}

/**
 * PostHog's own field validators, run on the raw body before the generic type checks so that a wrong shape
 * gets PostHog's sentence ("Metrics must be a list"), not a generic one. Returns the saved-metric links.
 */
export function checkFieldRules(
  ctx: RequestContext,
  body: Record<string, unknown>,
): SavedMetricLink[] | null {
  checkExperimentLimits(body);
  const parameters = body.parameters;
  if (isObject(parameters) && Array.isArray(parameters.feature_flag_variants)) {
    const problem = variantListProblem(parameters.feature_flag_variants);
    if (problem) throw validationError(problem, 'parameters');
  }
  // JSON fields PostHog keeps non-null (default {} / []): null is DRF's "may not be null".
  for (const field of ['filters', 'secondary_metrics'] as const) {
    if (field in body && body[field] === null)
      throw validationError('This field may not be null.', field, 'null');
  }
  const links = checkSavedMetricIds(ctx, body.saved_metrics_ids);
  checkExposureCriteria(body.exposure_criteria);
  checkMetricList('metrics', body.metrics);
  checkMetricList('metrics_secondary', body.metrics_secondary);
  checkStatsConfig(body.stats_config);
  return links;
}

export interface SavedMetricLink {
  id: number;
  metadata: Record<string, unknown>;
}

function checkSavedMetricIds(ctx: RequestContext, ids: unknown): SavedMetricLink[] | null {
  if (ids == null) return null;
  if (!Array.isArray(ids))
    throw validationError('Saved metrics must be a list', 'saved_metrics_ids');
  return ids.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw validationError('Saved metric must be an object', 'saved_metrics_ids');
    }
    const link = item as Record<string, unknown>;
    if (link.id === undefined)
      throw validationError('Saved metric must have an id', 'saved_metrics_ids');
    if (
      link.metadata !== undefined &&
      (typeof link.metadata !== 'object' || link.metadata === null)
    ) {
      throw validationError('Metadata must be an object', 'saved_metrics_ids');
    }
    if (link.metadata !== undefined && !('type' in (link.metadata as object))) {
      throw validationError('Metadata must have a type key', 'saved_metrics_ids');
    }
    const parsed = SavedMetricLinkInput.safeParse(link);
    if (!parsed.success || !loadSavedMetric(ctx, parsed.data.id)) {
      throw validationError(
        'Saved metric does not exist or does not belong to this project',
        'saved_metrics_ids',
      );
    }
    return { id: parsed.data.id, metadata: parsed.data.metadata ?? { type: 'primary' } };
  });
}

export function checkHoldoutId(ctx: RequestContext, holdoutId: number | null | undefined): void {
  if (holdoutId == null) return;
  if (!loadHoldout(ctx, holdoutId)) {
    throw validationError(
      `Invalid pk "${holdoutId}" - object does not exist.`,
      'holdout_id',
      'does_not_exist',
    );
  }
}

export function checkDates(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && new Date(start).getTime() >= new Date(end).getTime()) {
    throw validationError('End date must be after start date');
  }
}

export function checkGlobalFilters(filters: unknown): void {
  const properties = (filters as { properties?: unknown } | null | undefined)?.properties;
  if (Array.isArray(properties) && properties.length > 0) {
    throw validationError('Experiments do not support global filter properties');
  }
}

export function checkDuplicateUuids(metrics: Metric[]): void {
  const seen = new Set<string>();
  for (const metric of metrics) {
    const uuid = metric.uuid as string;
    if (seen.has(uuid))
      throw validationError(
        `Duplicate metric UUID: '${uuid}'. Each metric must have a unique UUID.`,
      );
    seen.add(uuid);
  }
}

/** A stable hash of what a metric measures; PostHog uses it to know when results must be recomputed. */
export function withFingerprints(metrics: Metric[] | null): Metric[] | null {
  if (!metrics) return metrics;
  return metrics.map((metric) => {
    const { uuid: _uuid, fingerprint: _fingerprint, name: _name, ...definition } = metric;
    const fingerprint = createHash('sha256').update(stableJson(definition)).digest('hex');
    return { ...metric, fingerprint };
  });
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Ordering arrays follow the metrics: unknown uuids dropped, new ones appended (contract §3.4). */
export function syncOrdering(order: unknown, uuids: string[]): string[] {
  const wanted = Array.isArray(order)
    ? order.filter((u): u is string => typeof u === 'string')
    : [];
  const known = new Set(uuids);
  const kept = [...new Set(wanted.filter((u) => known.has(u)))];
  return [...kept, ...uuids.filter((u) => !kept.includes(u))];
}
