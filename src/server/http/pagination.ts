import type { Context } from 'hono';

import { MAX_PAGE_SIZE } from './limits';

export const DEFAULT_PAGE_SIZE = 100;

/** DRF LimitOffsetPagination: a bad limit falls back to the default, a bad offset to 0. */
export function pageParams(
  c: Context,
  defaultLimit = DEFAULT_PAGE_SIZE,
): { limit: number; offset: number } {
  const limit = Number.parseInt(c.req.query('limit') ?? '', 10);
  const offset = Number.parseInt(c.req.query('offset') ?? '', 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_PAGE_SIZE) : defaultLimit,
    // Capped to a safe integer: 1e20 bound as SQLite's OFFSET is a float and failed the query (a 500).
    offset: Number.isFinite(offset) && offset > 0 ? Math.min(offset, Number.MAX_SAFE_INTEGER) : 0,
  };
}

/**
 * This request's path and query with some parameters changed, as an absolute link on the configured origin:
 * the request line may be absolute-form and name any host, so it is never trusted for links.
 */
export function linkToThisPath(c: Context, change: (params: URLSearchParams) => void): string {
  const requested = new URL(c.req.url);
  const url = new URL(requested.pathname + requested.search, c.get('origin') ?? requested.origin);
  change(url.searchParams);
  return url.toString();
}

/**
 * `{count, next, previous, results}` with absolute next/previous links, as PostHog returns. Served, they
 * point at the configured origin: the request line may be absolute-form and name any host.
 */
export function paginatedBody<T>(
  c: Context,
  page: { limit: number; offset: number },
  data: { count: number; results: T[] },
) {
  const { next, previous } = pageLinks(c, page, data.count);
  return { count: data.count, next, previous, results: data.results };
}

/**
 * paginatedBody as UTF-8 JSON around results already serialized (a JSON array's bytes): byte for byte what
 * JSON.stringify(paginatedBody(…)) gives, without parsing, stringifying or encoding the results again.
 */
export function paginatedJson(
  c: Context,
  page: { limit: number; offset: number },
  data: { count: number; results: Buffer },
): Buffer<ArrayBuffer> {
  const { next, previous } = pageLinks(c, page, data.count);
  const head = `{"count":${JSON.stringify(data.count)},"next":${JSON.stringify(next)},"previous":${JSON.stringify(previous)},"results":`;
  return Buffer.concat([Buffer.from(head), data.results, CLOSE_BRACE]);
}
const CLOSE_BRACE = Buffer.from('}');

function pageLinks(c: Context, page: { limit: number; offset: number }, count: number) {
  const link = (offset: number) =>
    linkToThisPath(c, (params) => {
      params.set('limit', String(page.limit));
      if (offset > 0) params.set('offset', String(offset));
      else params.delete('offset');
    });
  const nextOffset = page.offset + page.limit;
  return {
    next: nextOffset < count ? link(nextOffset) : null,
    previous: page.offset > 0 ? link(Math.max(0, page.offset - page.limit)) : null,
  };
}
