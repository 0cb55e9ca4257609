import type { ActivityLogEntry } from '@/shared';

/** Whether an entry switched the flag off: the experiment's pause, or the flag's `active` going false. */
function turnedOff(entry: ActivityLogEntry): boolean {
  if (entry.scope === 'Experiment' && entry.activity === 'paused') return true;
  return (entry.detail?.changes ?? []).some(
    (change) =>
      (change.field === 'active' || change.field === 'feature_flag_active') &&
      change.after === false,
  );
}

/**
 * When the flag last went off, from the experiment's and the flag's activity (either may be empty), or null
 * when neither says: the caller then says "off" without a date rather than guess.
 */
export function flagOffSince(entries: readonly ActivityLogEntry[]): string | null {
  let newest: string | null = null;
  for (const entry of entries) {
    if (!turnedOff(entry)) continue;
    if (newest === null || Date.parse(entry.created_at) > Date.parse(newest))
      newest = entry.created_at;
  }
  return newest;
}
