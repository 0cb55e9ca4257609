import { EXPERIMENT_QUERY_KINDS, QueryRequestInput } from '@/shared';
import { ApiProblem, validationError } from '../http/problem';

/** An experiment query body is a metric and a few fields; 1 MB is far above any real one. */
export const MAX_QUERY_BODY_BYTES = 1024 * 1024;

const KINDS: readonly string[] = EXPERIMENT_QUERY_KINDS;

/**
 * PostHog's query endpoint runs any query kind, HogQL included: through the proxy only the two experiment
 * kinds, for one experiment, may pass. Returns the problem to answer with, or null when the body may be
 * forwarded. Nothing refused here ever reaches PostHog.
 */
export function queryBodyProblem(raw: string): ApiProblem | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return validationError('The body is not valid JSON.', null, 'parse_error');
  }
  const parsed = QueryRequestInput.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return validationError(issue?.message ?? 'Invalid query.', issue?.path.join('.') || 'query');
  }
  const { query } = parsed.data;
  if (!KINDS.includes(query.kind)) {
    return validationError(
      `This console only runs experiment queries (${KINDS.join(', ')}), not ${query.kind}.`,
      'query.kind',
    );
  }
  const id = (query as { experiment_id?: unknown }).experiment_id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    return validationError(
      'experiment_id must be the positive integer id of an experiment.',
      'query.experiment_id',
    );
  }
  return null;
}

export function queryTooLarge(): ApiProblem {
  return new ApiProblem(413, {
    type: 'invalid_request',
    code: 'request_too_large',
    detail: `An experiment query body may be at most ${MAX_QUERY_BODY_BYTES / 1024} kB.`,
    attr: null,
  });
}
