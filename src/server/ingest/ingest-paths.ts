/**
 * PostHog's ingestion paths, served at the root like PostHog's own. Listed once: the routes serve them, and
 * the request guard lets other origins write to them (they authenticate by the project token in the
 * payload, as PostHog's capture and flags services do, not by the console's same-origin rule).
 */
export const CAPTURE_PATHS = ['/batch', '/e', '/i/v0/e', '/capture', '/track', '/engage'] as const;
export const FLAGS_PATHS = ['/flags', '/decide'] as const;
/** posthog-js reads the project's remote config (compression, analytics endpoint) before its first send. */
export const REMOTE_CONFIG_PATHS = ['/array/:token/config', '/array/:token/config.js'] as const;

const EXACT = new Set<string>([...CAPTURE_PATHS, ...FLAGS_PATHS]);
const REMOTE_CONFIG = /^\/array\/[^/]+\/config(\.js)?$/;

export function isIngestionPath(path: string): boolean {
  const bare = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return EXACT.has(bare) || REMOTE_CONFIG.test(bare);
}
