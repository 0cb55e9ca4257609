/**
 * Reason phrases for the statuses a person is likely to meet. `Response.statusText` is empty over HTTP/2,
 * so we cannot rely on the server to send them.
 */
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function describeStatus(status: number, statusText?: string): string {
  const phrase = statusText?.trim() || REASON_PHRASES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}
