// Headers a browser may ask to send besides PostHog's own pair (tracing headers that SDKs and Sentry add).
const TRACING_HEADERS = new Set([
  'traceparent',
  'tracestate',
  'request-id',
  'sentry-trace',
  'baggage',
]);

/**
 * PostHog's cors_response for its ingestion endpoints: any page may call them (the project token in the
 * payload is the credential), so the answer names the caller's origin. Requests without an Origin get
 * no CORS headers, as PostHog's do.
 */
export function withCors(request: Request, response: Response): Response {
  const origin = request.headers.get('origin');
  if (!origin) return response;
  let allowed = '*';
  try {
    allowed = new URL(origin).origin;
  } catch {
    // "null" (a sandboxed page or a file) has no host: PostHog answers with the wildcard.
  }
  const requested = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => TRACING_HEADERS.has(name));
  const headers = response.headers;
  headers.set('Access-Control-Allow-Origin', allowed === 'null' ? '*' : allowed);
  headers.set('Access-Control-Allow-Credentials', 'true');
  headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  headers.set(
    'Access-Control-Allow-Headers',
    ['X-Requested-With', 'Content-Type', ...requested].join(','),
  );
  // Chrome's Private Network Access preflight: a public page may reach this loopback server (the
  // console is meant to be run next to the site being developed).
  if (request.headers.get('access-control-request-private-network') === 'true') {
    headers.set('Access-Control-Allow-Private-Network', 'true');
  }
  headers.append('Vary', 'Origin');
  return response;
}

/** A preflight's answer: PostHog answers OPTIONS on its ingestion paths with `{"status": 1}`. */
export const preflight = () => Response.json({ status: 1 });
