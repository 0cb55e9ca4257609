import { createHash } from 'node:crypto';
import type { RequestContext } from '../services/context';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * PostHog's CachedQueryResponseMixin (results.md §1.4) for an answer computed just now: the embedded
 * server always computes (`is_cached: false`) and never runs async (`query_status: null`). The key,
 * like PostHog's, names the query for this project; the target age and next refresh follow PostHog's
 * 24 h experiment cache and one-minute client refresh.
 */
export function freshResponseFields(ctx: RequestContext, query: unknown) {
  const now = ctx.now().getTime();
  const digest = createHash('md5')
    .update(JSON.stringify({ team: ctx.teamId, query }))
    .digest('hex');
  return {
    cache_key: `cache_${digest}`,
    cache_target_age: new Date(now + DAY_MS).toISOString(),
    calculation_trigger: null,
    is_cached: false,
    last_refresh: new Date(now).toISOString(),
    next_allowed_client_refresh: new Date(now + MINUTE_MS).toISOString(),
    query_status: null,
    timezone: 'UTC',
  };
}

/** The legacy keys PostHog still serializes, as null, on new-format experiment results (§1.4, §1.7). */
export const LEGACY_NULL_KEYS = {
  credible_intervals: null,
  insight: null,
  metric: null,
  p_value: null,
  probability: null,
  significance_code: null,
  significant: null,
  stats_version: null,
  variants: null,
} as const;
