/**
 * Every API path the client calls. The client always addresses the project as `@current`: the server knows
 * which project is in use (the embedded demo project, or the configured PostHog project).
 */
const PROJECT = '/api/projects/@current';

export const apiPaths = {
  experiments: () => `${PROJECT}/experiments/`,
  experiment: (id: number) => `${PROJECT}/experiments/${id}/`,
  experimentAction: (id: number, action: string) => `${PROJECT}/experiments/${id}/${action}/`,
  experimentActivity: (id: number) => `${PROJECT}/experiments/${id}/activity/`,
  eligibleFeatureFlags: () => `${PROJECT}/experiments/eligible_feature_flags/`,
  featureFlags: () => `${PROJECT}/feature_flags/`,
  featureFlag: (id: number) => `${PROJECT}/feature_flags/${id}/`,
  holdouts: () => `${PROJECT}/experiment_holdouts/`,
  savedMetrics: () => `${PROJECT}/experiment_saved_metrics/`,
  eventDefinitions: () => `${PROJECT}/event_definitions/`,
  actions: () => `${PROJECT}/actions/`,
  query: () => `${PROJECT}/query/`,
  queryStatus: (id: string) => `${PROJECT}/query/${encodeURIComponent(id)}/`,
  projects: () => '/api/projects/',
  currentUser: () => '/api/users/@me/',
  consoleConfig: () => '/api/console/config',
  signIn: () => '/api/console/sign-in',
  signOut: () => '/api/console/sign-out',
  consoleProject: () => '/api/console/project',
} as const;

export type SearchParamValue = string | number | boolean | null | undefined;

/** Appends query parameters, leaving out empty ones so URLs stay short and cacheable. */
export function withSearchParams(path: string, params: Record<string, SearchParamValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
