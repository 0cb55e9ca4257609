import { experimentStatus, type Experiment } from '@/shared';
import { jsonResponse } from '@/lib/testing/fetch-stub';

export const EXPERIMENTS_PATH = '/api/projects/@current/experiments/';

/**
 * Answers the list endpoint from an array the way PostHog would (status, archived, search, created_by_id, feature_flag_id,
 * limit/offset), so component tests exercise real parameters without a server. Ordering is left as given.
 */
export function fakeListHandler(experiments: () => Experiment[]) {
  return ({ url }: { url: string }) => {
    const params = new URL(url, 'http://localhost').searchParams;
    const status = params.get('status');
    const search = params.get('search')?.toLowerCase();
    const creator = params.get('created_by_id');
    const flagId = params.get('feature_flag_id');
    const matches = experiments().filter(
      (e) =>
        (!status || experimentStatus(e) === status) &&
        Boolean(e.archived) === (params.get('archived') === 'true') &&
        (!search || e.name.toLowerCase().includes(search)) &&
        (!creator || String(e.created_by?.id) === creator) &&
        (!flagId || String(e.feature_flag?.id) === flagId),
    );
    const offset = Number(params.get('offset') ?? 0);
    const limit = Number(params.get('limit') ?? 100);
    return jsonResponse({
      count: matches.length,
      next: null,
      previous: null,
      results: matches.slice(offset, offset + limit),
    });
  };
}

/** The list requests made so far, as parsed query parameters (counts and attention included). */
export function listRequests(fetchMock: { mock: { calls: unknown[][] } }): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === EXPERIMENTS_PATH)
    .map((url) => url.searchParams);
}
