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

/** PostHog's 401s: no credentials (`not_authenticated`) or wrong ones (`authentication_failed`). */
export function notAuthenticated(
  code: 'not_authenticated' | 'authentication_failed',
  detail: string,
): ApiProblem {
  return new ApiProblem(401, { type: 'authentication_error', code, detail, attr: null });
}

/** A problem as a response, for code outside the API app (whose onError renders thrown problems). */
export function problemResponse(problem: ApiProblem): Response {
  return problem.body === null
    ? new Response(null, { status: problem.status })
    : Response.json(problem.body, { status: problem.status });
}

export function methodNotAllowed(method: string): ApiProblem {
  return new ApiProblem(405, {
    type: 'invalid_request',
    code: 'method_not_allowed',
    detail: `Method "${method}" not allowed.`,
    attr: null,
  });
}
