import { formatDateTime } from '@/lib/format-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * "Computed 5 minutes ago": how old a result is (its `last_refresh`). Older than a week reads as a date;
 * a clock a little ahead of ours reads as "just now".
 */
export function computedAgo(lastRefresh: string | null | undefined, now: number): string | null {
  const at = lastRefresh ? Date.parse(lastRefresh) : Number.NaN;
  if (Number.isNaN(at)) return null;
  const age = Math.max(0, now - at);
  if (age < MINUTE) return 'Computed just now';
  if (age < HOUR) return `Computed ${plural(Math.floor(age / MINUTE), 'minute')} ago`;
  if (age < DAY) return `Computed ${plural(Math.floor(age / HOUR), 'hour')} ago`;
  if (age < 7 * DAY) return `Computed ${plural(Math.floor(age / DAY), 'day')} ago`;
  return `Computed on ${formatDateTime(lastRefresh)}`;
}

/** The oldest of several results: the page is only as fresh as its stalest number. */
export function oldestRefresh(times: readonly (string | null | undefined)[]): string | null {
  const valid = times.filter((t): t is string => Boolean(t) && !Number.isNaN(Date.parse(t ?? '')));
  if (valid.length === 0) return null;
  return valid.reduce((oldest, t) => (Date.parse(t) < Date.parse(oldest) ? t : oldest));
}
