import { useSyncExternalStore } from 'react';
import { useConsoleConfig } from '@/lib/session/console-config';
import {
  parseEntries,
  RECENTLY_DELETED_EVENT,
  storageKey,
  type DeletedEntry,
} from './recently-deleted';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(RECENTLY_DELETED_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(RECENTLY_DELETED_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const NONE: DeletedEntry[] = [];
// useSyncExternalStore reads the snapshot on every render and wants the same one while nothing changed:
// keep the parsed entries of the stored text, and parse again only when that text changes. (An entry that
// turns 30 days old while the page is open goes at the next change or reload.)
let cached: { key: string; raw: string | null; entries: DeletedEntry[] } | null = null;

/** localStorage can throw on access (blocked cookies); then nothing is remembered. */
function storedText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function snapshot(projectId: number | undefined): DeletedEntry[] {
  if (projectId === undefined) return NONE;
  const key = storageKey(projectId);
  const raw = storedText(key);
  if (cached?.key !== key || cached.raw !== raw)
    cached = { key, raw, entries: parseEntries(raw, Date.now()) };
  return cached.entries;
}

/** What this browser deleted in the current project in the last 30 days, newest first; live. */
export function useRecentlyDeleted(): { entries: DeletedEntry[]; projectId: number | undefined } {
  const projectId = useConsoleConfig().data?.project.id;
  // The server knows nothing of this browser's storage: a page it renders shows none, then the browser's.
  const entries = useSyncExternalStore(
    subscribe,
    () => snapshot(projectId),
    () => NONE,
  );
  return { entries, projectId };
}
