import type { ActivityLogEntry } from '@/shared';

/**
 * The experiment's entries and its flag's (turned off or on from this console, another experiment sharing
 * the flag, or PostHog), newest first. While older experiment entries are still unloaded, flag entries
 * older than the oldest loaded one wait with them, so the list never shows a gap it would later fill.
 */
export function mergeHistory(
  own: readonly ActivityLogEntry[],
  flag: readonly ActivityLogEntry[],
  moreOwnToLoad: boolean,
): ActivityLogEntry[] {
  const oldest = own.length ? Date.parse(own[own.length - 1]!.created_at) : -Infinity;
  const shown = moreOwnToLoad ? flag.filter((e) => Date.parse(e.created_at) >= oldest) : flag;
  return [...own, ...shown].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

/**
 * What a flag entry says after the person's name: "turned the feature flag `key` off". An entry without the
 * flag's key (its name) speaks of "this experiment's feature flag" rather than inventing a key to show.
 */
export function flagEntryVerb(entry: ActivityLogEntry): {
  verb: string;
  key: string | null;
  rest: string;
} {
  const key = entry.detail?.name || null;
  const flag = key ? 'the feature flag' : "this experiment's feature flag";
  const active = (entry.detail?.changes ?? []).find((c) => c.field === 'active');
  if (active && typeof active.after === 'boolean')
    return { verb: `turned ${flag}`, key, rest: active.after ? 'on' : 'off' };
  return { verb: `changed ${flag}`, key, rest: '' };
}
