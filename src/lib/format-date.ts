import { dateFormatter, PENDING_DATE } from './display-zone';

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Formats in the display zone (src/lib/display-zone.ts); a placeholder while that is not known. */
export function formatIn(options: Intl.DateTimeFormatOptions, date: Date): string {
  return dateFormatter(options)?.format(date) ?? PENDING_DATE;
}

/** "5 Mar 2025" in the reader's locale; null for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string | null {
  const date = parse(iso);
  return date ? formatIn(DATE, date) : null;
}

export function formatDateTime(iso: string | null | undefined): string | null {
  const date = parse(iso);
  return date ? formatIn(DATE_TIME, date) : null;
}

/** The calendar year of a moment in the display zone (the reader's year, not the server's). */
export function yearOf(date: Date): string {
  return formatIn({ year: 'numeric' }, date);
}
