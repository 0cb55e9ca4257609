const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 Mar 2025" in the reader's locale; null for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string | null {
  const date = parse(iso);
  return date ? dateFormat.format(date) : null;
}

export function formatDateTime(iso: string | null | undefined): string | null {
  const date = parse(iso);
  return date ? dateTimeFormat.format(date) : null;
}
