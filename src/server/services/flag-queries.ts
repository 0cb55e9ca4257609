import type { FeatureFlag } from '@/shared';
import { validationError } from '../http/problem';
import type { RequestContext } from './context';
import { serializeFlag, type FlagRow } from './feature-flags';
import { userLookup } from './users';

export interface FlagListQuery {
  search?: string;
  active?: string;
  type?: string;
  created_by_id?: string;
  limit: number;
  offset: number;
  order?: string;
}

// COALESCE: a flag without `multivariate` has no variants; without it the NULL made type=boolean match nothing.
const HAS_VARIANTS =
  "COALESCE(json_array_length(json_extract(filters, '$.multivariate.variants')), 0) > 0";

/** The WHERE clause of PostHog's feature-flag filters (contract §1.4), with its parameters. */
function flagFilters(ctx: RequestContext, query: FlagListQuery) {
  const where = ['team_id = :team', 'deleted = 0'];
  const params: Record<string, unknown> = { team: ctx.teamId };
  if (query.search) {
    // instr, not LIKE: "%" and "_" are literal (Django's icontains escapes them) and a long term cannot
    // exceed SQLite's LIKE pattern limit (a 500 before).
    where.push('(instr(lower(key), lower(:search)) > 0 OR instr(lower(name), lower(:search)) > 0)');
    params.search = query.search;
  }
  if (query.active === 'true' || query.active === 'false')
    where.push(`active = ${query.active === 'true' ? 1 : 0}`);
  if (query.type === 'boolean') where.push(`NOT (${HAS_VARIANTS})`);
  if (query.type === 'multivariant') where.push(HAS_VARIANTS);
  if (query.type === 'experiment')
    where.push('id IN (SELECT feature_flag_id FROM experiments WHERE deleted = 0)');
  if (query.created_by_id) {
    if (!/^\d+$/.test(query.created_by_id))
      throw validationError('created_by_id must be an integer');
    where.push('created_by_id = :createdBy');
    params.createdBy = Number(query.created_by_id);
  }
  return { where, params };
}

/** One page of flags matching `where`, counted, ordered and paged in SQL, then serialised. */
function pageOfFlags(
  ctx: RequestContext,
  query: FlagListQuery,
  { where, params }: ReturnType<typeof flagFilters>,
): { count: number; results: FeatureFlag[] } {
  const from = `FROM feature_flags WHERE ${where.join(' AND ')}`;
  const count = ctx.db.prepare(`SELECT COUNT(*) ${from}`).pluck().get(params) as number;
  const rows = ctx.db
    .prepare(`SELECT * ${from} ORDER BY ${flagOrder(query.order)} LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as FlagRow[];
  const users = userLookup(ctx.db);
  return { count, results: rows.map((row) => serializeFlag(ctx, row, users)) };
}

/** GET /feature_flags/ with PostHog's filters (contract §1.4). */
export function listFlags(
  ctx: RequestContext,
  query: FlagListQuery,
): { count: number; results: FeatureFlag[] } {
  return pageOfFlags(ctx, query, flagFilters(ctx, query));
}

function flagOrder(order: string | undefined): string {
  const raw = order || '-created_at';
  const field = raw.replace(/^-/, '');
  if (!['created_at', 'key', 'name'].includes(field))
    throw validationError(`Invalid order field: '${raw}'`);
  return `${field} ${raw.startsWith('-') ? 'DESC' : 'ASC'}, id DESC`;
}

/**
 * GET /experiments/eligible_feature_flags/: flags an experiment may reuse — at least two variants with
 * `control` first (contract §1.3). Filtered and paged in SQL: reading and serialising every flag of the
 * project on each call took 0.58 s at 10,000 flags (issue 16).
 */
export function eligibleFlags(
  ctx: RequestContext,
  query: FlagListQuery,
): { count: number; results: FeatureFlag[] } {
  const filters = flagFilters(ctx, { ...query, type: undefined });
  filters.where.push(
    "COALESCE(json_array_length(json_extract(filters, '$.multivariate.variants')), 0) >= 2",
    "json_extract(filters, '$.multivariate.variants[0].key') = 'control'",
  );
  return pageOfFlags(ctx, query, filters);
}
