import type { Action, ActivityLogEntry, EventDefinition } from '@/shared';
import { parseJson } from '../db/rows';
import type { RequestContext } from './context';
import { userLookup } from './users';

interface EventDefinitionRow {
  id: string;
  name: string;
  description: string | null;
  tags: string;
  verified: number;
  hidden: number;
  last_seen_at: string | null;
  created_at: string;
}

type NameSearch = { search?: string; limit: number; offset: number };

/**
 * One page of a project's rows whose name contains `search`, and how many there are in all. instr, not
 * LIKE: "%" and "_" are literal, and a long term cannot exceed SQLite's LIKE pattern limit.
 */
function pageByName<Row>(
  ctx: RequestContext,
  query: NameSearch,
  sql: { table: string; where?: string; select?: string; orderBy: string },
): { count: number; rows: Row[] } {
  const where = [
    'team_id = :team',
    ...(sql.where ? [sql.where] : []),
    '(:search IS NULL OR instr(lower(name), lower(:search)) > 0)',
  ];
  const from = `FROM ${sql.table} WHERE ${where.join(' AND ')}`;
  const params = { team: ctx.teamId, search: query.search || null };
  const count = ctx.db.prepare(`SELECT COUNT(*) ${from}`).pluck().get(params) as number;
  const rows = ctx.db
    .prepare(
      `SELECT ${sql.select ?? '*'} ${from} ORDER BY ${sql.orderBy} LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  return { count, rows };
}

/** GET /event_definitions/?search= : name contains the term, most recently seen first. */
export function listEventDefinitions(
  ctx: RequestContext,
  query: NameSearch,
): { count: number; results: EventDefinition[] } {
  const { count, rows } = pageByName<EventDefinitionRow>(ctx, query, {
    table: 'event_definitions',
    orderBy: '(name = :search) DESC, last_seen_at IS NULL, last_seen_at DESC, name',
  });
  return {
    count,
    results: rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      tags: parseJson<string[]>(row.tags, []),
      verified: row.verified === 1,
      hidden: row.hidden === 1,
      last_seen_at: row.last_seen_at,
      created_at: row.created_at,
    })),
  };
}

interface ActionRow {
  id: number;
  team_id: number;
  name: string;
}

/** What the embedded server knows of an action: its table has no steps, description or author. */
export type ActionListItem = Action & { description: string; tags: string[]; team_id: number };

/**
 * GET /actions/?search= : the project's actions that are not deleted, by name, paged like the other lists
 * (PostHog's OpenAPI type). PostHog's own view (posthog/api/action.py) returns every action in one
 * `{results}` ordered by last calculation then name, ignoring search and paging, so the console filters
 * by name itself as well.
 */
export function listActions(
  ctx: RequestContext,
  query: NameSearch,
): { count: number; results: ActionListItem[] } {
  const { count, rows } = pageByName<ActionRow>(ctx, query, {
    select: 'id, team_id, name',
    table: 'actions',
    where: 'deleted = 0',
    orderBy: 'lower(name), id',
  });
  return {
    count,
    results: rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: '',
      tags: [],
      deleted: false,
      team_id: row.team_id,
    })),
  };
}

interface ActivityRow {
  id: number;
  scope: string;
  item_id: string;
  activity: string;
  user_id: number | null;
  detail: string;
  created_at: string;
}

/** GET /experiments/{id}/activity/ : newest first. */
export function listActivity(
  ctx: RequestContext,
  scope: string,
  itemId: number,
  page: { limit: number; offset: number },
): { count: number; results: ActivityLogEntry[] } {
  const params = { team: ctx.teamId, scope, item: String(itemId) };
  const where = 'team_id = :team AND scope = :scope AND item_id = :item';
  const count = ctx.db
    .prepare(`SELECT COUNT(*) FROM activity_log WHERE ${where}`)
    .pluck()
    .get(params) as number;
  const rows = ctx.db
    .prepare(
      `SELECT * FROM activity_log WHERE ${where} ORDER BY id DESC LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, ...page }) as ActivityRow[];
  const users = userLookup(ctx.db);
  return {
    count,
    results: rows.map((row) => ({
      id: row.id,
      user: users(row.user_id),
      activity: row.activity,
      scope: row.scope,
      item_id: row.item_id,
      detail: parseJson(row.detail, {}),
      created_at: row.created_at,
    })),
  };
}
