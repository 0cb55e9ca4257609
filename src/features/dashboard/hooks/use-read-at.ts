import { useState } from 'react';

/**
 * "Now" for a list's day counts: when its data was read, so the counts agree with the data they describe.
 * The previous page, shown while the next loads (placeholder data), has no read time of its own (React
 * Query gives 0): it keeps the one it was read at, instead of counting days from 1970 and re-rendering
 * every memoised row for it.
 */
export function useReadAt(dataUpdatedAt: number): number {
  const [readAt, setReadAt] = useState(dataUpdatedAt);
  if (dataUpdatedAt && dataUpdatedAt !== readAt) setReadAt(dataUpdatedAt);
  return dataUpdatedAt || readAt;
}
