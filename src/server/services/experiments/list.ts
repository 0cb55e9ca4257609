import { validationError } from '../../http/problem';
import type { RequestContext } from '../context';
import { listCache, preparedStatement as statement, type CachedPage } from './list-cache';
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
  // key: on created_at it kept SQLite from using the listing indexes (migration 4).
  const nullsLast = NEVER_NULL_ORDER_FIELDS.includes(field) ? '' : `${ORDER_SQL[field]} IS NULL, `;
  return `${nullsLast}${ORDER_SQL[field]} ${direction}, e.id ${direction}`;
}

/** The filter part of a list query: the WHERE clause and its parameters (what a count depends on). */
function listFilter(ctx: RequestContext, query: ListQuery) {
  const where = ['e.team_id = :team', 'e.deleted = 0'];
  const params: Record<string, unknown> = { team: ctx.teamId };
  where.push(query.archived === 'true' ? 'e.archived = 1' : 'e.archived = 0');
  const status = (query.status ?? '').toLowerCase();
  const wanted = status === 'complete' ? 'stopped' : status;
  if (['draft', 'running', 'paused', 'stopped'].includes(wanted)) {
    // The stored, trigger-kept status (migration 4), so the filter and its count read an index.
    where.push('e.status = :status');
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
  // No join with the flag: the status is stored, and the foreign key guarantees every experiment its flag.
  return { from: `FROM experiments e WHERE ${where.join(' AND ')}`, params };
}

/**
 * GET /experiments/ with PostHog's filters (contract §1.2): `count` and the page's `results` as JSON text
 * (a JSON array's UTF-8 bytes), served from the list caches while nothing was written (list-cache.ts).
 */
export function listExperimentsJson(ctx: RequestContext, query: ListQuery): CachedPage {
  // Read once per list as before (a stepping test clock counts readings); only order=duration uses it.
  const now = ctx.now().toISOString();
  const { from, params } = listFilter(ctx, query);
  const order = orderClause(query.order);
  // Inside a transaction the counter may yet roll back: neither use nor fill the caches there.
  const cache = ctx.db.inTransaction ? undefined : listCache(ctx.db);
  const countKey = `${from}\u0000${JSON.stringify(params)}`;
  // A page ordered by duration changes with the clock (running experiments' durations grow): never cached.
  const pageKey = order.includes(':now')
    ? undefined
    : `${countKey}\u0000${order}\u0000${query.limit}\u0000${query.offset}`;
  const cachedPage = pageKey === undefined ? undefined : cache?.pages.get(pageKey);
  if (cachedPage) return cachedPage;

  let count = cache?.counts.get(countKey);
  if (count === undefined) {
    count = (statement(ctx.db, `SELECT COUNT(*) ${from}`).pluck().get(params) as number) ?? 0;
    cache?.counts.set(countKey, count);
  }
  const pageParams: Record<string, unknown> = {
    ...params,
    limit: query.limit,
    offset: query.offset,
  };
  if (order.includes(':now')) pageParams.now = now;
  const rows = statement(
    ctx.db,
    `SELECT e.* ${from} ORDER BY ${order} LIMIT :limit OFFSET :offset`,
  ).all(pageParams) as ExperimentRow[];
  const page = {
    count,
    results: Buffer.from(`[${serializedExperiments(ctx, rows, cache).join(',')}]`),
  };
  if (pageKey !== undefined) cache?.pages.set(pageKey, page);
  return page;
}

/** Each row's response as JSON text: from the cache, or serialized (the missing ones' relations at once). */
function serializedExperiments(
  ctx: RequestContext,
  rows: ExperimentRow[],
  cache: ReturnType<typeof listCache> | undefined,
): string[] {
  const texts = rows.map((row) => cache?.experiments.get(String(row.id)));
  const missing = rows.filter((_, i) => texts[i] === undefined);
  if (missing.length === 0) return texts as string[];
  const relations = loadRelations(ctx, missing);
  return rows.map((row, i) => {
    const cached = texts[i];
    if (cached !== undefined) return cached;
    const text = JSON.stringify(serializeExperiment(ctx, row, relations));
    cache?.experiments.set(String(row.id), text);
    return text;
  });
}
