import type { Context } from 'hono';
import { z } from 'zod';
import { pythonTypeName, zodIssueToPostHogError } from '@/shared';
import { MAX_JSON_DEPTH } from './limits';
import { ApiProblem, validationError } from './problem';

/**
 * Reads a JSON object body. Empty body = {}; anything unparsable or not an object is a 400, never a 500.
 * Size, media type and nesting were checked before it got here (json-body-guard.ts).
 */
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
  // DRF's non_field_errors for the root serializer: drf-exceptions-hog reports attr null, and "invalid" as
  // "invalid_input".
  if (value === null) throw validationError('This field may not be null.', null, 'null');
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw validationError(`Invalid data. Expected a dictionary, but got ${pythonTypeName(value)}.`);
  }
  return value as Record<string, unknown>;
}

export { MAX_JSON_DEPTH };

/** Depth of arrays/objects of a parsed value, counted without recursion (the value may be very deep). */
export function nestingDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Parses with a strict shared schema; the first issue becomes PostHog's error body with its attr. */
export function parseBody<S extends z.core.$ZodType>(
  schema: S,
  body: unknown,
  attrPrefix?: string,
): z.output<S> {
  // reportInput: zod 4 leaves `input` off issues by default, and the DRF message depends on it
  // (missing → "required", null → "null", a wrong value → '"x" is not a valid choice.').
  const result = z.safeParse(schema, body, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw validationError('Invalid input.');
  throw new ApiProblem(400, zodIssueToPostHogError(issue, attrPrefix));
}
