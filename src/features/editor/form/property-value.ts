import { VALUELESS_OPERATORS, type PropertyFilter } from '@/shared';
import type { PropertyFilterValue } from './editor-values';

/**
 * Property filters ("`$current_url` contains `/home`") as form rows and back, for the exposure event and
 * every metric source alike. Values are typed as text in the form; these keep their API types across a
 * round trip.
 */

/** Operators that compare numbers: their value is sent as a number when it reads as one. */
const NUMERIC_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte']);

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

export function propertiesToRows(filters: unknown): PropertyFilterValue[] {
  if (!Array.isArray(filters)) return [];
  return (filters as PropertyFilter[])
    .filter((p) => p && typeof p === 'object' && typeof p.key === 'string')
    .map((p) => ({
      key: p.key,
      operator: p.operator ?? 'exact',
      value: propertyValueText(p.value),
    }));
}

const isSameRow = (a: PropertyFilterValue, b: PropertyFilterValue | undefined) =>
  b !== undefined && a.key === b.key && a.operator === b.operator && a.value === b.value;

/**
 * Rows → PostHog's filters. Each row keeps the keys of the filter it came from (its `type`, a label), found
 * by position as the rows were read; a new row is an event property.
 */
export function rowsToProperties(
  rows: readonly PropertyFilterValue[],
  originals: readonly PropertyFilter[],
) {
  return rows.map((row, index) => {
    const original = originals[index];
    // An untouched row goes back exactly as PostHog sent it.
    if (original && isSameRow(row, propertiesToRows([original])[0])) return original;
    const sameOperator = original?.operator === row.operator;
    return {
      ...original,
      key: row.key.trim(),
      operator: row.operator,
      value: VALUELESS_OPERATORS.has(row.operator)
        ? row.operator
        : propertyValueFromText(
            row.value,
            row.operator,
            sameOperator ? original?.value : undefined,
          ),
      type: original?.type ?? 'event',
    };
  });
}
