import { useDisplayZoneKnown } from '@/lib/display-zone';
import { formatDateTime } from '@/lib/format-date';

/** A machine-readable <time> with the date in the reader's locale, or the fallback when there is none. */
export function DateText({ iso, fallback }: { iso: string | null | undefined; fallback: string }) {
  useDisplayZoneKnown();
  const text = formatDateTime(iso);
  return text && iso ? <time dateTime={iso}>{text}</time> : <>{fallback}</>;
}
