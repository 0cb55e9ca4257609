import { ApiProblem, validationError } from '../http/problem';

/** `{"active": false}` is 16 bytes; anything near this limit is not a flag switch. */
export const MAX_FLAG_BODY_BYTES = 1024;

/** PATCH feature_flags/{id}/ is the one flag write the proxy forwards. */
export function isFlagPatchPath(path: string): boolean {
  return /^\/api\/projects\/\d+\/feature_flags\/\d+\/?$/.test(path);
}

/**
 * The console only turns a flag on or off. PostHog's flag PATCH could also rewrite its release conditions,
 * variants or key with the server's key, so only a body of exactly `{"active": true|false}` may pass.
 * Returns the problem to answer with, or null when the body may be forwarded.
 */
export function flagPatchProblem(raw: string): ApiProblem | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return validationError('The body is not valid JSON.', null, 'parse_error');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return validationError(
      'The body must be a JSON object: {"active": true} or {"active": false}.',
    );
  const extra = Object.keys(body).find((key) => key !== 'active');
  if (extra !== undefined)
    return validationError(
      `This console only turns a feature flag on or off; "${extra}" cannot be changed here.`,
      extra,
    );
  if (typeof (body as { active?: unknown }).active !== 'boolean')
    return validationError('"active" must be true or false.', 'active');
  return null;
}

export function flagBodyTooLarge(): ApiProblem {
  return new ApiProblem(413, {
    type: 'invalid_request',
    code: 'request_too_large',
    detail: `A feature flag switch is {"active": true|false}; this body is over ${MAX_FLAG_BODY_BYTES} bytes.`,
    attr: null,
  });
}
