/** A JSON object (not null, not a list), as payloads and events must be. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Python's falsiness, which PostHog's capture applies to payloads, events and distinct ids. */
export const isFalsy = (value: unknown): boolean =>
  !value ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);
