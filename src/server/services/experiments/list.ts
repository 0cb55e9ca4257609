import type { Experiment } from '@/shared';
import { validationError } from '../../http/problem';
import type { RequestContext } from '../context';
import type { ExperimentRow } from './row';
import { loadRelations, serializeExperiment } from './serialize';

export const ORDER_FIELDS = [
  'created_at',
  'updated_at',
  'name',
  'start_date',
  'end_date',
  'duration',
  'status',
];

/** SQL for the derived status (contract §1.2): the flag decides running vs paused. */
const STATUS_SQL = `CASE
  WHEN e.start_date IS NOT NULL AND e.end_date IS NOT NULL THEN 'stopped'
  WHEN e.start_date IS NOT NULL AND f.active = 1 THEN 'running'
  WHEN e.start_date IS NOT NULL THEN 'paused'
  ELSE 'draft' END`;

const ORDER_SQL: Record<string, string> = {
  created_at: 'e.created_at',
  updated_at: 'e.updated_at',
  name: 'e.name COLLATE NOCASE',
  start_date: 'e.start_date',
  end_date: 'e.end_date',
  // NULL for drafts; "now" for running ones, as PostHog computes it.
  duration: `(julianday(COALESCE(e.end_date, :now)) - julianday(e.start_date))`,
  status: `(CASE WHEN e.start_date IS NULL THEN 0 WHEN e.end_date IS NULL THEN 1 ELSE 2 END)`,
};

export interface ListQuery {
  status?: string;
  archived?: string;
  created_by_id?: string;
  feature_flag_id?: string;
  search?: string;
  /** `parameters.prompt_metadata.name` (experiments made from an LLM prompt). */
  prompt_name?: string;
  order?: string;
  limit: number;
  offset: number;
}

function integerParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw validationError(`${name} must be an integer`);
  return Number(value);
}

const NEVER_NULL_ORDER_FIELDS = ['created_at', 'updated_at', 'name'];

function orderClause(order: string | undefined): string {
  const raw = order || '-created_at';
  const field = raw.replace(/^-/, '');
  if (!ORDER_FIELDS.includes(field)) throw validationError(`Invalid order field: '${raw}'`);
  const direction = raw.startsWith('-') ? 'DESC' : 'ASC';
  // NULLs (drafts' dates) last either way, then a stable tiebreak. Only nullable fields get the IS NULL
  // key: on created_at it kept SQLite from using the experiments_listing index.
  const nullsLast = NEVER_NULL_ORDER_FIELDS.includes(field) ? '' : `${ORDER_SQL[field]} IS NULL, `;
  return `${nullsLast}${ORDER_SQL[field]} ${direction}, e.id ${direction}`;
}

/** GET /experiments/ with PostHog's filters (contract §1.2); counts and pages in SQL. */
export function listExperiments(
  ctx: RequestContext,
  query: ListQuery,
): { count: number; results: Experiment[] } {
  const where = ['e.team_id = :team', 'e.deleted = 0'];
  const params: Record<string, unknown> = { team: ctx.teamId, now: ctx.now().toISOString() };
  where.push(query.archived === 'true' ? 'e.archived = 1' : 'e.archived = 0');
  const status = (query.status ?? '').toLowerCase();
  const wanted = status === 'complete' ? 'stopped' : status;
  if (['draft', 'running', 'paused', 'stopped'].includes(wanted)) {
    where.push(`${STATUS_SQL} = :status`);
    params.status = wanted;
  }
  const createdBy = integerParam('created_by_id', query.created_by_id);
  if (createdBy !== undefined) {
    where.push('e.created_by_id = :createdBy');
    params.createdBy = createdBy;
  }
  const flagId = integerParam('feature_flag_id', query.feature_flag_id);
  if (flagId !== undefined) {
    where.push('e.feature_flag_id = :flagId');
    params.flagId = flagId;
  }
  if (query.prompt_name) {
    where.push("json_extract(e.parameters, '$.prompt_metadata.name') = :promptName");
    params.promptName = query.prompt_name;
  }
  if (query.search) {
    // name__icontains. instr, not LIKE: SQLite refuses LIKE patterns over 50 000 bytes (a 500 on a long
    // search term), and "%" / "_" need no escaping.
    where.push('instr(lower(e.name), lower(:search)) > 0');
    params.search = query.search;
  }
  const from = `FROM experiments e JOIN feature_flags f ON f.id = e.feature_flag_id WHERE ${where.join(' AND ')}`;
  const order = orderClause(query.order);
  const count = (ctx.db.prepare(`SELECT COUNT(*) ${from}`).pluck().get(params) as number) ?? 0;
  const rows = ctx.db
    .prepare(`SELECT e.* ${from} ORDER BY ${order} LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as ExperimentRow[];
  const relations = loadRelations(ctx, rows);
  return { count, results: rows.map((row) => serializeExperiment(ctx, row, relations)) };
}
