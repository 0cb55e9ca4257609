/**
 * Every size, count and time limit of the served process, in one place (the README's security section lists
 * them). Each is far above what a person using the console sends, and at or under what PostHog accepts.
 */

/**
 * A request body on /api/ (embedded and proxy). PostHog accepts up to Django's DATA_UPLOAD_MAX_MEMORY_SIZE =
 * 20971520 (20 MB, posthog/settings/web.py, "Max size of a POST body (for event ingestion)"); the console's
 * largest real body, an experiment with 20 variants and 20 metrics, is tens of kB. Ingestion (/batch/, /e/,
 * …) keeps PostHog's 20 MB: SDK batches are large by design.
 */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/** Arrays and objects nested deeper than this are refused before JSON.parse (a metric nests about 8). */
export const MAX_JSON_DEPTH = 64;

/**
 * Inline metrics per list (`metrics`, `metrics_secondary`) and linked shared metrics. PostHog's UI capped
 * each list at 10 (EXPERIMENT_MAX_PRIMARY_METRICS, since removed) and so does the console's editor; 50
 * leaves room for API users while bounding what every read of the experiment serialises.
 */
export const MAX_METRICS_PER_LIST = 50;
export const MAX_SAVED_METRICS = 50;

/** Steps of a funnel metric: PostHog's FUNNEL_STEP_COUNT_LIMIT (scenes/insights/EditorFilters/FunnelsQuerySteps.tsx). */
export const MAX_FUNNEL_STEPS = 30;

/**
 * One free-form JSON field as stored (`filters`, `parameters`, `scheduling_config`, one metric, a holdout's
 * filters, a shared metric's query), and the whole experiment row: every list page serialises up to 50 of
 * them, so their size bounds the dashboard's.
 */
export const MAX_JSON_FIELD_BYTES = 64 * 1024;
export const MAX_EXPERIMENT_BYTES = 256 * 1024;

/**
 * `limit` of the lists. PostHog's LimitOffsetPagination has no max_limit; 1000 (about 0.4 s and 3 MB of
 * experiments) keeps the console's own 1000-action page working, and fair sharing keeps it from delaying
 * other clients.
 */
export const MAX_PAGE_SIZE = 1000;

/**
 * Fair sharing between clients (remote addresses, fair-share.ts): each starts one request per turn of the
 * event loop, has at most this many in progress (waiting on a body or on PostHog), and at most this many
 * queued; beyond that a 429 with Retry-After. A browser sends at most 6 at once per origin, the benchmark
 * 8, the posthog-node test 25: none comes near 64.
 */
export const CLIENT_REQUESTS_IN_PROGRESS = 2;
/** In PostHog mode a request mostly waits on PostHog (up to 10 s): a page's parallel reads may all run. */
export const PROXY_CLIENT_REQUESTS_IN_PROGRESS = 8;
export const CLIENT_REQUESTS_WAITING = 64;
export const RETRY_AFTER_SECONDS = 1;

/**
 * Connections: per remote address and in all. Node's default is unlimited, up to the open-file limit, and
 * then every connection fails; 1000 stays under the common soft limit of 1024 open files, with room for the
 * database and the built files.
 */
export const MAX_CONNECTIONS_PER_CLIENT = 128;
export const MAX_CONNECTIONS = 1000;

/** Node's defaults are 60 s for headers and 300 s per request, checked every 30 s. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
export const CONNECTIONS_CHECK_INTERVAL_MS = 1_000;
