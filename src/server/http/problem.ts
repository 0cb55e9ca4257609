import type { PostHogErrorBody } from '@/shared';

/** An HTTP error that carries PostHog's error body. Thrown anywhere in a request; rolls back its transaction. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: PostHogErrorBody | Record<string, unknown> | null,
  ) {
    super(typeof body?.detail === 'string' ? body.detail : `HTTP ${status}`);
  }
}

export function validationError(
  detail: string,
  attr: string | null = null,
  code = 'invalid_input',
): ApiProblem {
  return new ApiProblem(400, { type: 'validation_error', code, detail, attr });
}

export function notFound(detail = 'Not found.'): ApiProblem {
  return new ApiProblem(404, { type: 'invalid_request', code: 'not_found', detail, attr: null });
}

export function permissionDenied(
  detail = 'You do not have editor access to this resource.',
): ApiProblem {
  return new ApiProblem(403, {
    type: 'authentication_error',
    code: 'permission_denied',
    detail,
    attr: null,
  });
}

export function methodNotAllowed(method: string): ApiProblem {
  return new ApiProblem(405, {
    type: 'invalid_request',
    code: 'method_not_allowed',
    detail: `Method "${method}" not allowed.`,
    attr: null,
  });
}
