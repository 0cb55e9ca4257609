import { formatIn, yearOf } from '@/lib/format-date';

const SAME_YEAR: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const OTHER_YEAR: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

/** "Nov 24" this year, "Nov 24, 2025" before: ten columns leave no room for a year nobody needs. */
export function shortDate(iso: string | null | undefined, now: Date): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return formatIn(yearOf(date) === yearOf(now) ? SAME_YEAR : OTHER_YEAR, date);
}
