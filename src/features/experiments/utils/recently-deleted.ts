import { z } from 'zod/mini';

/**
 * PostHog cannot list deleted experiments, so this browser remembers what it deleted, per project, for 30
 * days: enough to find one again and restore it (`PATCH {deleted: false}` reaches a deleted row).
 */
export const KEEP_DAYS = 30;
const KEEP_MS = KEEP_DAYS * 86_400_000;
const STORAGE_PREFIX = 'experiment-console:recently-deleted:';
/** Fired on window when this tab changes the list; other tabs get the browser's own `storage` event. */
export const RECENTLY_DELETED_EVENT = 'experiment-console:recently-deleted';

export const DeletedEntry = z.object({
  id: z.number(),
  name: z.string(),
  flagKey: z.nullable(z.string()),
  deletedAt: z.string(),
  projectId: z.number(),
  /** The delete turned the flag off (or paused the experiment): a restore leaves it off unless asked. */
  flagTurnedOff: z.boolean(),
});
export type DeletedEntry = z.infer<typeof DeletedEntry>;

export const storageKey = (projectId: number) => `${STORAGE_PREFIX}${projectId}`;

/**
 * What was stored, newest first, without anything older than 30 days. Read leniently: an entry this code
 * cannot read (an older shape, a hand edit) is dropped rather than breaking the page.
 */
export function parseEntries(raw: string | null, now: number): DeletedEntry[] {
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored
    .map((item) => DeletedEntry.safeParse(item))
    .flatMap((result) => (result.success ? [result.data] : []))
    .filter((entry) => now - Date.parse(entry.deletedAt) < KEEP_MS)
    .sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt));
}

/** Adds (or refreshes) one entry: an experiment deleted again replaces its older entry. */
export function withEntry(entries: DeletedEntry[], entry: DeletedEntry): DeletedEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)];
}

export function withoutEntry(entries: DeletedEntry[], id: number): DeletedEntry[] {
  return entries.filter((e) => e.id !== id);
}

export function readRecentlyDeleted(projectId: number, now = Date.now()): DeletedEntry[] {
  return parseEntries(safeStorage()?.getItem(storageKey(projectId)) ?? null, now);
}

function write(projectId: number, entries: DeletedEntry[]): void {
  try {
    safeStorage()?.setItem(storageKey(projectId), JSON.stringify(entries));
  } catch {
    // Storage full or refused (private mode): the delete itself has happened; only the list misses it.
    return;
  }
  window.dispatchEvent(new Event(RECENTLY_DELETED_EVENT));
}

/** Entries of one project; a batch delete writes them all in one go. */
export function rememberDeleted(...entries: DeletedEntry[]): void {
  const projectId = entries[0]?.projectId;
  if (projectId === undefined) return;
  write(projectId, entries.reduce(withEntry, readRecentlyDeleted(projectId)));
}

export function forgetDeleted(projectId: number, ...ids: number[]): void {
  write(projectId, ids.reduce(withoutEntry, readRecentlyDeleted(projectId)));
}

/** localStorage can throw on access (blocked cookies); then nothing is remembered. */
function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
