import type { Context } from 'hono';
import type { z } from 'zod';
import { zodIssueToPostHogError } from '@/shared';
import { ApiProblem, validationError } from './problem';

/** Reads a JSON object body. Empty body = {}; anything unparsable or not an object is a 400, never a 500. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiProblem(400, {
      type: 'invalid_request',
      code: 'parse_error',
      detail: `JSON parse error - ${(error as Error).message}`,
      attr: null,
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
    throw validationError(
      `Invalid data. Expected a dictionary, but got ${got}.`,
      'non_field_errors',
      'invalid',
    );
  }
  return value as Record<string, unknown>;
}

/** Parses with a strict shared schema; the first issue becomes PostHog's error body with its attr. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  attrPrefix?: string,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw validationError('Invalid input.');
  throw new ApiProblem(400, zodIssueToPostHogError(issue, attrPrefix));
}
