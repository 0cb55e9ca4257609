import { MULTIPLE_VARIANT_KEY } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { eventNameConstraint, filterPredicate, sourceMatch } from './event-sources';
import { and, list, raw, sql, type Sql } from './fragment';
import { jsonPath } from './json-path';
import { isPersonFilter, propertyPredicate } from './property-filters';

/**
 * The exposures CTE (PostHog's ExposureQueryBuilder): one row per exposed person inside the window,
 * `person_id, variant, first_ts`. Only exposures to the flag's variants count (holdout people carry
 * `holdout-<id>` and drop out). A person seen in several variants is `$multiple` under `exclude`, or
 * keeps the variant of their first exposure under `first_seen`.
 *
 * `maturedBy`: with `only_count_matured_users`, keeps only people whose first exposure is at least that
 * long ago (ms).
 */
export function exposuresSelect(
  ctx: RequestContext,
  setup: ExperimentSetup,
  options: { maturedBy?: number } = {},
): Sql {
  const source = exposureSource(ctx, setup);
  const conditions = and([
    sql`e.team_id = ${ctx.teamId}`,
    source.where,
    sql`e.timestamp >= ${setup.start ?? 0} AND e.timestamp <= ${setup.windowEnd}`,
    sql`${source.variant} IN ${list(setup.variants)}`,
    testAccountCondition(ctx, setup),
  ]);
  const variant =
    setup.multipleVariantHandling === 'first_seen'
      ? // SQLite: with exactly one min() aggregate, a bare column is read from the row holding the min.
        source.variant
      : sql`CASE WHEN MIN(${source.variant}) <> MAX(${source.variant}) THEN ${MULTIPLE_VARIANT_KEY} ELSE MIN(${source.variant}) END`;
  const grouped = sql`SELECT e.person_id AS person_id, ${variant} AS variant, MIN(e.timestamp) AS first_ts
    FROM events e INDEXED BY ${raw(source.index)}
    WHERE ${conditions}
    GROUP BY e.person_id`;
  if (options.maturedBy === undefined || options.maturedBy <= 0) return grouped;
  return sql`SELECT person_id, variant, first_ts FROM (${grouped})
    WHERE first_ts + ${options.maturedBy} <= ${setup.now}`;
}

/** Where exposures are read from and the expression holding the variant. */
function exposureSource(ctx: RequestContext, setup: ExperimentSetup) {
  const { exposure } = setup;
  if (exposure.kind === 'flag_called') {
    return {
      // Exposure events of one flag, by person: the GROUP BY reads this index in order.
      index: 'events_exposures_by_person',
      where: and([
        sql`e.flag_key = ${setup.flagKey}`,
        sql`e.event = '$feature_flag_called'`,
        filterPredicate(exposure.properties, 'e'),
      ]),
      variant: raw('e.flag_response'),
    };
  }
  const match = sourceMatch(
    ctx,
    exposure.kind === 'action'
      ? { kind: 'ActionsNode', id: exposure.id }
      : { kind: 'EventsNode', event: exposure.event, properties: exposure.properties },
    'e',
  );
  return {
    index: 'events_by_person',
    where: and([eventNameConstraint(ctx, match, 'e'), match.predicate]),
    // A custom exposure event carries the variant in `$feature/<flag key>`.
    variant: sql`json_extract(e.properties, ${jsonPath(`$feature/${setup.flagKey}`)})`,
  };
}

/**
 * PostHog applies the project's test-account filters to exposure events. Person filters become one set
 * of people to leave out, computed once per query (the few failing people, not the many passing).
 */
function testAccountCondition(ctx: RequestContext, setup: ExperimentSetup): Sql {
  const filters = setup.testAccountFilters;
  const personFilters = filters.filter(isPersonFilter);
  const eventFilters = filters.filter((f) => !isPersonFilter(f));
  const parts = eventFilters.length > 0 ? [filterPredicate(eventFilters, 'e')] : [];
  if (personFilters.length > 0) {
    const passes = and(personFilters.map((f) => propertyPredicate(f, raw('p.properties'))));
    parts.push(
      sql`e.person_id NOT IN (SELECT p.id FROM persons p WHERE p.team_id = ${ctx.teamId} AND NOT (${passes}))`,
    );
  }
  return and(parts);
}
