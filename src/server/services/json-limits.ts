import { MAX_JSON_FIELD_BYTES } from '../http/limits';
import { validationError } from '../http/problem';

/** Bytes of a value written as JSON (what the column stores and every read sends back). */
export const jsonBytes = (value: unknown): number =>
  value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? '');

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/**
 * Free-form JSON fields are stored as sent and read back on every list page: each is capped, with the
 * error on its attr (DRF's max_length code, as for a string that is too long).
 */
export function checkJsonFieldSizes(
  body: Record<string, unknown>,
  fields: readonly string[],
  max = MAX_JSON_FIELD_BYTES,
): void {
  for (const field of fields) {
    if (jsonBytes(body[field]) > max) {
      throw validationError(
        `Ensure this field is no larger than ${kB(max)} as JSON.`,
        field,
        'max_length',
      );
    }
  }
}

/** DRF ListField(max_length=…)'s rule and words, before any item is looked at. */
export function checkListLength(value: unknown, max: number, attr: string): void {
  if (Array.isArray(value) && value.length > max) {
    throw validationError(
      `Ensure this field has no more than ${max} elements.`,
      attr,
      'max_length',
    );
  }
}
