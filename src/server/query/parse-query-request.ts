import { z } from 'zod/mini';
import {
  EXPERIMENT_QUERY_KINDS,
  ExperimentExposureQueryInput,
  ExperimentQueryInput,
  QueryRequestInput,
  zodIssueToPostHogError,
} from '@/shared';
import { ApiProblem, validationError } from '../http/problem';
import type { ExperimentQueryNode } from './run-experiment-query';

/**
 * The request nodes as PostHog's pydantic models read them: `experiment_id` is optional there and
 * checked by the runner ("experiment_id is required", "Experiment with id … not found").
 */
const QUERY_NODES = {
  ExperimentQuery: z.extend(ExperimentQueryInput, { experiment_id: z.nullish(z.int()) }),
  ExperimentExposureQuery: z.extend(ExperimentExposureQueryInput, {
    experiment_id: z.nullish(z.int()),
  }),
};

export type QueryNode =
  ExperimentQueryNode | { kind: 'ExperimentExposureQuery'; experiment_id: number };

/**
 * A `QueryRequest` body → the experiment query node to run, or PostHog's 400: a body that does not
 * validate is its ParseError ("JSON parse error - …"); a kind other than the two experiment kinds is
 * refused before anything runs (PostHog would run it: HogQL included).
 */
export function parseQueryRequest(body: Record<string, unknown>, pathKind?: string): QueryNode {
  if (pathKind !== undefined) checkPathKind(body, pathKind);
  const request = parseOrThrow(QueryRequestInput, body, []);
  const kind = request.query.kind;
  if (!(EXPERIMENT_QUERY_KINDS as readonly string[]).includes(kind)) {
    throw validationError(
      `This server only answers experiment queries (${EXPERIMENT_QUERY_KINDS.join(', ')}), not ${kind}.`,
      'query__kind',
    );
  }
  const node = parseOrThrow(QUERY_NODES[kind as keyof typeof QUERY_NODES], request.query, [
    'query',
  ]);
  if (!node.experiment_id) throw validationError('experiment_id is required');
  return node as QueryNode;
}

/** PostHog's `_validate_query_kind` for `POST …/query/{Kind}/`. */
function checkPathKind(body: Record<string, unknown>, pathKind: string): void {
  const query = body.query;
  if (
    query !== undefined &&
    query !== null &&
    (typeof query !== 'object' || Array.isArray(query))
  ) {
    throw validationError('Query must be a JSON object.');
  }
  const bodyKind = (query as { kind?: unknown } | null | undefined)?.kind;
  if (bodyKind !== pathKind) {
    throw validationError(
      `Query kind mismatch: path kind "${pathKind}" does not match body kind "${bodyKind ?? 'None'}".`,
    );
  }
}

function parseOrThrow<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  path: string[],
): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = [...path, ...(issue?.path.map(String) ?? [])].join('.');
  const message = issue ? zodIssueToPostHogError(issue).detail : 'Invalid input.';
  // PostHog: PydanticModelMixin.get_model raises ParseError("JSON parse error - …"); attr stays null.
  throw new ApiProblem(400, {
    type: 'invalid_request',
    code: 'parse_error',
    detail: `JSON parse error - ${where ? `${where}: ` : ''}${message}`,
    attr: null,
  });
}
