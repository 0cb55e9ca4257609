import { parseJson } from '../../db/rows';
import type { RequestContext } from '../../services/context';
import { validationError } from '../../http/problem';
import { and, FALSE, list, or, raw, sql, TRUE, type Sql } from './fragment';
import {
  assertSupportedFilter,
  isPersonFilter,
  propertyPredicate,
  type PropertyFilterLike,
} from './property-filters';

/** What an EventsNode / ActionsNode (or a custom exposure) matches on the events row `alias`. */
export interface SourceMatch {
  /** Event names it can match, so the query can seek an index; null when any event can match. */
  events: string[] | null;
  /** The whole condition on the row: names, event properties, person properties. */
  predicate: Sql;
}

interface ActionStep {
  event?: string | null;
  properties?: PropertyFilterLike[] | null;
  url?: string | null;
  url_matching?: 'contains' | 'exact' | 'regex' | null;
  selector?: string | null;
  text?: string | null;
  href?: string | null;
  tag_name?: string | null;
}

/** An EventsNode or ActionsNode (metric sources, funnel steps, exposure configs). */
export type MatchableSource =
  | { kind: 'EventsNode'; event?: string | null; properties?: readonly PropertyFilterLike[] | null }
  | { kind: 'ActionsNode'; id: number; properties?: readonly PropertyFilterLike[] | null };

export function sourceMatch(
  ctx: RequestContext,
  source: MatchableSource,
  alias: string,
): SourceMatch {
  const filters = filterPredicate(source.properties ?? [], alias);
  if (source.kind === 'ActionsNode') {
    const action = actionMatch(ctx, source.id, alias);
    return { events: action.events, predicate: and([action.predicate, filters]) };
  }
  const event = source.event ?? null;
  return {
    events: event === null ? null : [event],
    predicate: and([event === null ? TRUE : sql`${raw(alias)}.event = ${event}`, filters]),
  };
}

/**
 * `alias.event IN (…)`, the constraint that lets SQLite seek (team_id, event, person_id, timestamp). A
 * source matching any event seeks every name the project has seen.
 */
export function eventNameConstraint(ctx: RequestContext, match: SourceMatch, alias: string): Sql {
  const column = raw(`${alias}.event`);
  if (match.events === null) {
    return sql`${column} IN (SELECT DISTINCT event FROM events WHERE team_id = ${ctx.teamId})`;
  }
  return match.events.length === 0 ? FALSE : sql`${column} IN ${list(match.events)}`;
}

/** Event and person property filters on the row `alias` (person ones read the persons table). */
export function filterPredicate(filters: readonly PropertyFilterLike[], alias: string): Sql {
  filters.forEach(assertSupportedFilter);
  const eventFilters = filters.filter((f) => !isPersonFilter(f));
  const personFilters = filters.filter(isPersonFilter);
  const parts = eventFilters.map((f) => propertyPredicate(f, raw(`${alias}.properties`)));
  if (personFilters.length > 0) {
    const person = and(personFilters.map((f) => propertyPredicate(f, raw('fp.properties'))));
    parts.push(
      sql`coalesce((SELECT ${person} FROM persons fp WHERE fp.id = ${raw(alias)}.person_id), 0)`,
    );
  }
  return and(parts);
}

/** PostHog's action_to_expr: any step matches (event name, URL, properties). */
function actionMatch(ctx: RequestContext, id: number, alias: string): SourceMatch {
  const row = ctx.db
    .prepare('SELECT steps FROM actions WHERE id = ? AND team_id = ?')
    .pluck()
    .get(id, ctx.teamId) as string | undefined;
  // PostHog: a missing action matches no events.
  const steps = parseJson<ActionStep[]>(row, []);
  const matchable = steps.filter((s) => !s.selector && !s.text && !s.href && !s.tag_name);
  const anyEvent = matchable.some((s) => !s.event);
  return {
    events: anyEvent ? null : [...new Set(matchable.map((s) => s.event as string))],
    predicate: or(matchable.map((step) => stepPredicate(step, alias))),
  };
}

function stepPredicate(step: ActionStep, alias: string): Sql {
  const parts: Sql[] = [];
  if (step.event) parts.push(sql`${raw(alias)}.event = ${step.event}`);
  if (step.url) {
    const operator = { exact: 'exact', regex: 'regex', contains: 'icontains' }[
      step.url_matching ?? 'contains'
    ];
    if (!operator) throw validationError(`Unknown url_matching "${step.url_matching}".`);
    parts.push(
      propertyPredicate(
        { key: '$current_url', operator, value: step.url },
        raw(`${alias}.properties`),
      ),
    );
  }
  parts.push(filterPredicate(step.properties ?? [], alias));
  return and(parts);
}
