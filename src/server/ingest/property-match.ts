/** A person-property condition of a flag release group (PostHog's property filter). */
export interface FlagProperty {
  key: string;
  value?: unknown;
  operator?: string | null;
  type?: string | null;
}

// Operators that hold when the person lacks the property: PostHog's server matches these negations on a
// missing key (its SQL negates the positive match, which a missing key fails).
const TRUE_WHEN_MISSING = new Set(['is_not_set', 'is_not', 'not_icontains', 'not_regex']);

const text = (value: unknown) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null')).toLowerCase();

function exactMatch(expected: unknown, actual: unknown): boolean {
  const candidates = Array.isArray(expected) ? expected : [expected];
  return candidates.some((candidate) => text(candidate) === text(actual));
}

function regexMatch(pattern: unknown, actual: unknown): boolean | null {
  try {
    return new RegExp(String(pattern)).test(typeof actual === 'string' ? actual : text(actual));
  } catch {
    return null; // An invalid pattern matches nothing, negated or not.
  }
}

function compare(operator: string, expected: unknown, actual: unknown): boolean {
  const a = typeof actual === 'number' ? actual : parseFloat(String(actual));
  const b = typeof expected === 'number' ? expected : parseFloat(String(expected));
  const [left, right] =
    Number.isFinite(a) && Number.isFinite(b) ? [a, b] : [String(actual), String(expected)];
  if (operator === 'gt') return left > right;
  if (operator === 'gte') return left >= right;
  if (operator === 'lt') return left < right;
  return left <= right;
}

function dateCompare(operator: string, expected: unknown, actual: unknown): boolean {
  const target = Date.parse(String(expected));
  const value = typeof actual === 'number' ? actual : Date.parse(String(actual));
  if (!Number.isFinite(target) || !Number.isFinite(value)) return false;
  return operator === 'is_date_before' ? value < target : value > target;
}

/**
 * Whether the person's properties satisfy one filter, with PostHog's operators (matching is case-insensitive
 * for exact and contains, numeric when both sides are numbers). Filters on other things than the person
 * (cohorts, groups, other flags) never match here: the embedded server has none of them.
 */
export function matchPersonProperty(
  property: FlagProperty,
  personProperties: Record<string, unknown>,
): boolean {
  if (property.type && property.type !== 'person') return false;
  const operator = property.operator ?? 'exact';
  if (!Object.prototype.hasOwnProperty.call(personProperties, property.key)) {
    return TRUE_WHEN_MISSING.has(operator);
  }
  const actual = personProperties[property.key];
  const expected = property.value;
  switch (operator) {
    case 'exact':
      return exactMatch(expected, actual);
    case 'is_not':
      return !exactMatch(expected, actual);
    case 'is_set':
      return true;
    case 'is_not_set':
      return false;
    case 'icontains':
      return text(actual).includes(text(expected));
    case 'not_icontains':
      return !text(actual).includes(text(expected));
    case 'regex':
      return regexMatch(expected, actual) === true;
    case 'not_regex':
      return regexMatch(expected, actual) === false;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return actual !== null && compare(operator, expected, actual);
    case 'is_date_before':
    case 'is_date_after':
      return actual !== null && dateCompare(operator, expected, actual);
    default:
      return false;
  }
}
