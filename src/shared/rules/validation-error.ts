import type { z } from 'zod/mini';
import type { PostHogErrorBody } from '../schemas/common';

/**
 * Turns the first zod issue into PostHog's (DRF's) error: its code, its sentence and `attr` with nested
 * keys joined by "__" (drf-exceptions-hog). The server answers with it; the browser shows the same words.
 * DRF's code "invalid" is reported as "invalid_input", as drf-exceptions-hog does. Parse with
 * `{ reportInput: true }`: without the input a wrong type cannot be told from a missing field.
 */
export function zodIssueToPostHogError(
  issue: z.core.$ZodIssue,
  attrPrefix?: string,
): PostHogErrorBody {
  const path = [...(attrPrefix ? [attrPrefix] : []), ...issue.path.map(String)];
  const attr = path.length ? path.join('__') : null;
  const { code, detail } = drfMessage(issue);
  return { type: 'validation_error', code, detail, attr };
}

function drfMessage(issue: z.core.$ZodIssue): { code: string; detail: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { code: 'required', detail: 'This field is required.' };
      if (issue.input === null) return { code: 'null', detail: 'This field may not be null.' };
      const got = pythonTypeName(issue.input);
      if (issue.expected === 'array')
        return { code: 'not_a_list', detail: `Expected a list of items but got type "${got}".` };
      if (issue.expected === 'object' || issue.expected === 'record')
        return {
          code: 'invalid_input',
          detail: `Invalid data. Expected a dictionary, but got ${got}.`,
        };
      return {
        code: 'invalid_input',
        detail: TYPE_MESSAGES[issue.expected] ?? `Expected ${issue.expected}.`,
      };
    }
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          code: 'max_length',
          detail: `Ensure this field has no more than ${String(issue.maximum)} characters.`,
        };
      }
      if (issue.origin === 'array') {
        return {
          code: 'max_length',
          detail: `Ensure this field has no more than ${String(issue.maximum)} elements.`,
        };
      }
      return {
        code: 'max_value',
        detail: `Ensure this value is less than or equal to ${String(issue.maximum)}.`,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return { code: 'blank', detail: 'This field may not be blank.' };
      if (issue.origin === 'array')
        return {
          code: 'min_length',
          detail: `Ensure this field has at least ${String(issue.minimum)} elements.`,
        };
      return {
        code: 'min_value',
        detail: `Ensure this value is greater than or equal to ${String(issue.minimum)}.`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_choice',
        detail: `"${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}" is not a valid choice.`,
      };
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return {
          code: 'invalid_input',
          detail:
            'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
        };
      }
      return { code: 'invalid_input', detail: issue.message };
    case 'unrecognized_keys':
      return { code: 'invalid_input', detail: `Unknown field(s): ${issue.keys.join(', ')}.` };
    default:
      return { code: 'invalid_input', detail: issue.message };
  }
}

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Not a valid string.',
  number: 'A valid number is required.',
  int: 'A valid integer is required.',
  boolean: 'Must be a valid boolean.',
};

/** The Python type name DRF puts in its messages ("but got list"). */
export function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'object':
      return 'dict';
    default:
      return typeof value;
  }
}
