/** Property filter values are typed as text in the form; these keep their API types across a round trip. */

/** Operators that compare numbers: their value is sent as a number when it reads as one. */
const NUMERIC_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte']);
/** Operators without a value; PostHog stores the operator itself as the value. */
export const VALUELESS_OPERATORS = new Set(['is_set', 'is_not_set']);

export function propertyValueText(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/**
 * Text back to a value. An unchanged text gives the original value back (an array stays an array), so
 * editing one filter never rewrites the others.
 */
export function propertyValueFromText(text: string, operator: string, original?: unknown): unknown {
  if (original !== undefined && propertyValueText(original) === text) return original;
  if (VALUELESS_OPERATORS.has(operator)) return operator;
  const trimmed = text.trim();
  if (NUMERIC_OPERATORS.has(operator) && trimmed !== '' && Number.isFinite(Number(trimmed))) {
    return Number(trimmed);
  }
  return trimmed;
}
