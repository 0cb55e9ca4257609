/** PostHog ingests an event dated more than 23 hours ahead of the server at the server's time instead. */
const MAX_FUTURE_MS = 23 * 3600 * 1000;

/** A date as an SDK sends it: ISO 8601 (no zone means UTC, as PostHog reads it) or epoch milliseconds. */
export function parseDate(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  return Date.parse(zoned);
}

/**
 * `sent_at`, the client's clock when it sent the request (PostHog's _get_sent_at): digits are epoch seconds
 * or, past 11 digits, milliseconds; anything else must be an ISO date. Throws a message for PostHog's 400.
 */
export function parseSentAt(raw: unknown): number {
  const text = String(raw);
  if (/^\d+(\.\d+)?$/.test(text)) {
    const number = parseFloat(text);
    return text.length > 11 ? number : number * 1000;
  }
  const parsed = typeof raw === 'string' ? parseDate(raw) : NaN;
  if (!Number.isFinite(parsed)) throw new Error(`Invalid isoformat string: '${text}'`);
  return parsed;
}

/**
 * When the event happened, in epoch ms (PostHog's plugin-server parseEventTimestamp): its `timestamp`,
 * moved by the client's clock skew (server now − `sent_at`) unless `$ignore_sent_at`; else now − `offset`;
 * else now. An unreadable date, or one more than 23 hours ahead, becomes now.
 */
export function eventTimestamp(
  event: Record<string, unknown>,
  nowMs: number,
  sentAtMs: number | null,
): number {
  const properties = (event.properties ?? {}) as Record<string, unknown>;
  let timestamp = nowMs;
  if (event.timestamp != null && event.timestamp !== '') {
    const client = parseDate(event.timestamp);
    timestamp =
      sentAtMs === null || properties.$ignore_sent_at ? client : nowMs + (client - sentAtMs);
  } else if (typeof event.offset === 'number') {
    timestamp = nowMs - event.offset;
  }
  if (!Number.isFinite(timestamp) || timestamp - nowMs > MAX_FUTURE_MS) return nowMs;
  return Math.round(timestamp);
}
