import type { RequestContext } from '../context';

export interface ExperimentRow {
  id: number;
  team_id: number;
  name: string;
  description: string | null;
  start_date: string | null;
  end_date: string | null;
  feature_flag_id: number;
  holdout_id: number | null;
  exposure_cohort: number | null;
  parameters: string | null;
  secondary_metrics: string;
  filters: string;
  archived: number;
  deleted: number;
  type: string | null;
  exposure_criteria: string | null;
  metrics: string;
  metrics_secondary: string;
  stats_config: string | null;
  scheduling_config: string | null;
  conclusion: string | null;
  conclusion_comment: string | null;
  primary_metrics_ordered_uuids: string | null;
  secondary_metrics_ordered_uuids: string | null;
  only_count_matured_users: number;
  access_level: string;
  created_by_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Columns a write may set, i.e. the stored part of an experiment (JSON columns hold objects). */
export const STORED_FIELDS = [
  'name',
  'description',
  'start_date',
  'end_date',
  'holdout_id',
  'parameters',
  'secondary_metrics',
  'filters',
  'archived',
  'deleted',
  'type',
  'exposure_criteria',
  'metrics',
  'metrics_secondary',
  'stats_config',
  'scheduling_config',
  'conclusion',
  'conclusion_comment',
  'primary_metrics_ordered_uuids',
  'secondary_metrics_ordered_uuids',
  'only_count_matured_users',
] as const;
export type StoredField = (typeof STORED_FIELDS)[number];

/** The columns stored as JSON text. */
export const EXPERIMENT_JSON_COLUMNS: readonly string[] = [
  'parameters',
  'secondary_metrics',
  'filters',
  'exposure_criteria',
  'metrics',
  'metrics_secondary',
  'stats_config',
  'scheduling_config',
  'primary_metrics_ordered_uuids',
  'secondary_metrics_ordered_uuids',
];
const JSON_FIELDS = new Set(EXPERIMENT_JSON_COLUMNS);
const BOOLEAN_FIELDS = new Set<string>(['archived', 'deleted', 'only_count_matured_users']);

/**
 * JSON columns are always written as JSON text, whatever the value: a plain string in a free-form field
 * (`filters: "x"`) must come back as that string, not be mistaken for stored JSON.
 */
export function encodeJsonColumns(values: Record<string, unknown>): Record<string, unknown> {
  const encoded: Record<string, unknown> = { ...values };
  for (const [key, value] of Object.entries(values)) {
    if (JSON_FIELDS.has(key) && value !== null && value !== undefined)
      encoded[key] = JSON.stringify(value);
  }
  return encoded;
}

/** The stored fields of a row as API values (JSON parsed, booleans as booleans): for diffs and rules. */
export function storedValues(row: ExperimentRow): Record<StoredField, unknown> {
  const values = {} as Record<StoredField, unknown>;
  for (const field of STORED_FIELDS) {
    const raw = row[field];
    values[field] = JSON_FIELDS.has(field)
      ? raw == null
        ? null
        : JSON.parse(raw as string)
      : BOOLEAN_FIELDS.has(field)
        ? raw === 1
        : raw;
  }
  return values;
}

/** Deleted rows are hidden unless asked for (PATCH {deleted} may address them). */
export function loadExperiment(
  ctx: RequestContext,
  id: number,
  includeDeleted = false,
): ExperimentRow | undefined {
  return ctx.db
    .prepare(
      `SELECT * FROM experiments WHERE id = ? AND team_id = ? ${includeDeleted ? '' : 'AND deleted = 0'}`,
    )
    .get(id, ctx.teamId) as ExperimentRow | undefined;
}
