import type { Context } from 'hono';

import { MAX_PAGE_SIZE } from './limits';
import { linkToThisPath } from './pagination';
import { validationError } from './problem';

/**
 * PostHog's `/activity/` endpoints page differently from its lists: `?limit=&page=` (1-based, limit 10 by
 * default) and a body of `{results, next, previous, total_count}` (posthog/api/shared activity_page_response,
 * ActivityLogPaginatedResponseSerializer). The embedded server answers the same way so the console reads
 * both backends with one parser.
 */
export const ACTIVITY_DEFAULT_LIMIT = 10;

export interface ActivityPageParams {
  limit: number;
  page: number;
}

// DRF IntegerField: optional sign and whitespace, and a trailing ".0" is still an integer.
const INTEGER = /^\s*[+-]?\d+(\.0*)?\s*$/;

/** As PostHog's serializer: a non-integer or a value under 1 is a 400 naming the parameter. */
function positiveInteger(c: Context, name: string, fallback: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  if (!INTEGER.test(raw)) throw validationError('A valid integer is required.', name, 'invalid');
  const value = Number.parseFloat(raw);
  if (value < 1) {
    throw validationError('Ensure this value is greater than or equal to 1.', name, 'min_value');
  }
  return value;
}

export function activityPageParams(c: Context): ActivityPageParams {
  return {
    limit: Math.min(positiveInteger(c, 'limit', ACTIVITY_DEFAULT_LIMIT), MAX_PAGE_SIZE),
    page: positiveInteger(c, 'page', 1),
  };
}

/** The rows to skip; capped so a page past 2^53 is an empty page, not a failed query. */
export function activityOffset({ limit, page }: ActivityPageParams): number {
  return Math.min((page - 1) * limit, Number.MAX_SAFE_INTEGER);
}

/** `{results, next, previous, total_count}` with absolute links on the configured origin, as PostHog. */
export function activityPageBody<T>(
  c: Context,
  params: ActivityPageParams,
  data: { count: number; results: T[] },
) {
  const link = (page: number) =>
    linkToThisPath(c, (query) => {
      query.set('page', String(page));
      query.set('limit', String(params.limit));
    });
  return {
    results: data.results,
    next: activityOffset(params) + params.limit < data.count ? link(params.page + 1) : null,
    previous: params.page > 1 ? link(params.page - 1) : null,
    total_count: data.count,
  };
}
