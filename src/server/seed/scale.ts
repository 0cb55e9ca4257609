import { ExperimentCreateInput, flagVariantsFrom, type ActivityChange } from '@/shared';
import type { Db } from '../db/connection';
import { toSqlValue } from '../db/rows';
import { parseBody } from '../http/body';
import type { RequestContext } from '../services/context';
import {
  archiveExperiment,
  endExperiment,
  launchExperiment,
  pauseExperiment,
} from '../services/experiments/actions';
import { syncOrdering, withFingerprints } from '../services/experiments/checks';
import { createExperiment, prepareParameters } from '../services/experiments/create';
import { DEMO_PROJECT_ID, ensureBaseData } from './base';
import { ensureDemoEvents } from './demo';
import { scaleSpec, type ScaleSpec } from './scale-catalog';
import { DAY_MS } from './seed-utils';
import { STORED_FIELDS } from '../services/experiments/row';

export function scaleCreateBody(spec: ScaleSpec): Record<string, unknown> {
  const topic = spec.name.split(' (')[0]?.toLowerCase() ?? spec.name;
  return {
    name: spec.name,
    description: `Generated for scale testing.\n\n**Hypothesis:** the ${topic} change moves the primary metric.`,
    feature_flag_key: spec.key,
    parameters: {
      feature_flag_variants: spec.variants.map(([key, split]) => ({ key, split_percent: split })),
    },
    metrics: spec.primary,
    metrics_secondary: spec.secondary,
    ...(spec.stats ? { stats_config: spec.stats } : {}),
  };
}

const instant = (now: Date, days: number) =>
  new Date(Math.round(now.getTime() - days * DAY_MS)).toISOString();

/**
 * One generated experiment through the real services. The reference for the bulk path (a test checks
 * they write the same rows), and the way to go when the services must prove they accept the data.
 */
export function applyScaleSpec(db: Db, spec: ScaleSpec, now: Date): number {
  const ctx = (days: number): RequestContext => {
    const at = new Date(instant(now, days));
    return { db, teamId: DEMO_PROJECT_ID, userId: spec.by, now: () => at };
  };
  const id = createExperiment(ctx(spec.created), scaleCreateBody(spec)).id;
  if (spec.launched !== null) launchExperiment(ctx(spec.launched), id);
  if (spec.paused !== null) pauseExperiment(ctx(spec.paused), id);
  if (spec.ended !== null) {
    endExperiment(ctx(spec.ended), id, {
      conclusion: spec.conclusion,
      conclusion_comment: spec.comment,
    });
  }
  if (spec.archived !== null) archiveExperiment(ctx(spec.archived), id);
  return id;
}

/** The columns of a prepared INSERT, bound from a record (JSON and booleans as `insertRow` writes them). */
function inserter(db: Db, table: string, columns: string[]) {
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (values: Record<string, unknown>) =>
    Number(statement.run(...columns.map((c) => toSqlValue(values[c]))).lastInsertRowid);
}

const FLAG_COLUMNS = [
  'team_id',
  'key',
  'name',
  'filters',
  'active',
  'deleted',
  'ensure_experience_continuity',
  'version',
  'creation_context',
  'created_by_id',
  'created_at',
  'updated_at',
];
// Every stored field, plus what a create sets besides them.
const EXPERIMENT_COLUMNS = [
  'team_id',
  'feature_flag_id',
  ...STORED_FIELDS,
  // Written with the row so migration 4's insert trigger finds it right and need not update the row again.
  'status',
  'created_by_id',
  'created_at',
  'updated_at',
];
const ACTIVITY_COLUMNS = [
  'team_id',
  'scope',
  'item_id',
  'activity',
  'user_id',
  'detail',
  'created_at',
];

const change = (field: string, before: unknown, after: unknown): ActivityChange => ({
  type: 'Experiment',
  action: 'changed',
  field,
  before,
  after,
});

/**
 * The rows the service path writes for one generated experiment, computed directly: the final flag and
 * experiment rows, and one activity entry per step with the same field changes (actions.ts LOGGED_FIELDS).
 */
function bulkWriter(db: Db, now: Date) {
  const insertFlag = inserter(db, 'feature_flags', FLAG_COLUMNS);
  const insertExperiment = inserter(db, 'experiments', EXPERIMENT_COLUMNS);
  const insertActivity = inserter(db, 'activity_log', ACTIVITY_COLUMNS);

  return (spec: ScaleSpec) => {
    const input = parseBody(ExperimentCreateInput, scaleCreateBody(spec));
    const parameters = prepareParameters(input.parameters) as Record<string, unknown>;
    const variants = flagVariantsFrom(parameters);
    const metrics = (input.metrics ?? []) as Record<string, unknown>[];
    const secondary = (input.metrics_secondary ?? []) as Record<string, unknown>[];
    const created = instant(now, spec.created);
    const launched = spec.launched === null ? null : instant(now, spec.launched);
    const paused = spec.paused === null ? null : instant(now, spec.paused);
    const ended = spec.ended === null ? null : instant(now, spec.ended);
    const archived = spec.archived === null ? null : instant(now, spec.archived);
    const flagSteps = [launched, paused].filter((t): t is string => t !== null);
    const lastTouch = [created, launched, paused, ended, archived].filter(Boolean).pop();

    const flagId = insertFlag({
      team_id: DEMO_PROJECT_ID,
      key: input.feature_flag_key,
      name: `Feature Flag for Experiment ${input.name}`,
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        multivariate: { variants },
        aggregation_group_type_index: null,
        holdout: null,
        payloads: {},
      },
      active: launched !== null && paused === null,
      deleted: false,
      ensure_experience_continuity: false,
      version: 1 + flagSteps.length,
      creation_context: 'experiments',
      created_by_id: spec.by,
      created_at: created,
      updated_at: flagSteps.at(-1) ?? created,
    });
    const id = insertExperiment({
      team_id: DEMO_PROJECT_ID,
      name: input.name,
      description: input.description ?? null,
      start_date: launched,
      end_date: ended,
      feature_flag_id: flagId,
      holdout_id: null,
      parameters,
      secondary_metrics: [],
      filters: {},
      archived: archived !== null,
      deleted: false,
      type: 'product',
      exposure_criteria: { filterTestAccounts: true },
      metrics: withFingerprints(metrics),
      metrics_secondary: withFingerprints(secondary),
      stats_config: { ...input.stats_config, method: input.stats_config?.method ?? 'bayesian' },
      scheduling_config: null,
      conclusion: ended ? spec.conclusion : null,
      conclusion_comment: ended ? spec.comment : null,
      primary_metrics_ordered_uuids: syncOrdering(
        undefined,
        metrics.map((m) => m.uuid as string),
      ),
      secondary_metrics_ordered_uuids: syncOrdering(
        undefined,
        secondary.map((m) => m.uuid as string),
      ),
      only_count_matured_users: false,
      status: launched === null ? 'draft' : ended ? 'stopped' : paused ? 'paused' : 'running',
      created_by_id: spec.by,
      created_at: created,
      updated_at: lastTouch,
    });

    const log = (activity: string, at: string, changes: ActivityChange[] | null) =>
      insertActivity({
        team_id: DEMO_PROJECT_ID,
        scope: 'Experiment',
        item_id: String(id),
        activity,
        user_id: spec.by,
        detail: { name: input.name, changes, type: null, short_id: null },
        created_at: at,
      });
    log('created', created, null);
    if (launched) {
      log('launched', launched, [
        change('start_date', null, launched),
        change('status', 'draft', 'running'),
        change('feature_flag_active', false, true),
      ]);
    }
    if (paused) {
      log('paused', paused, [
        change('status', 'running', 'paused'),
        change('feature_flag_active', true, false),
      ]);
    }
    if (ended) {
      log('ended', ended, [
        change('end_date', null, ended),
        ...(spec.conclusion ? [change('conclusion', null, spec.conclusion)] : []),
        ...(spec.comment ? [change('conclusion_comment', null, spec.comment)] : []),
        change('status', paused ? 'paused' : 'running', 'stopped'),
      ]);
    }
    if (archived) log('archived', archived, [change('archived', false, true)]);
    return id;
  };
}

/** Index of the next generated experiment: one flag per generated experiment, keyed `scale-<n>-…`. */
function nextScaleIndex(db: Db): number {
  const used = db
    .prepare("SELECT COUNT(*) FROM feature_flags WHERE team_id = ? AND key LIKE 'scale-%'")
    .pluck()
    .get(DEMO_PROJECT_ID) as number;
  return used + 1;
}

export interface ScaleOptions {
  experiments: number;
  now: Date;
  /**
   * `bulk` (default) writes the rows directly, about ten times faster; `services` runs every experiment
   * through createExperiment and the lifecycle actions (about 0.6 ms each).
   */
  via?: 'bulk' | 'services';
}

/**
 * Adds N generated experiments to the project, in one transaction (base data and the events their metrics
 * read are created when missing). Deterministic: the same database state and `now` give the same rows.
 */
export function seedScale(db: Db, options: ScaleOptions): { added: number; first: number } {
  const count = options.experiments;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new Error(`experiments must be a non-negative integer, got ${String(count)}`);
  }
  const now = new Date(options.now.getTime());
  ensureBaseData(db);
  // One transaction writes every row and its ~10 index entries: with SQLite's default 2 MB page cache the
  // dirty pages spill to the WAL over and over (100k experiments took twice as long). 256 MB, then back.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    return insertAll(db, options.via, count, now);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

function insertAll(db: Db, via: ScaleOptions['via'], count: number, now: Date) {
  return db.transaction(() => {
    ensureDemoEvents(db, now);
    const first = nextScaleIndex(db);
    const write =
      via === 'services' ? (spec: ScaleSpec) => applyScaleSpec(db, spec, now) : bulkWriter(db, now);
    for (let n = first; n < first + count; n++) write(scaleSpec(n));
    return { added: count, first };
  })();
}
