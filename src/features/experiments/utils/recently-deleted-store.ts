import { useSyncExternalStore } from 'react';
import { useConsoleConfig } from '@/lib/session/console-config';
import { readRecentlyDeleted, RECENTLY_DELETED_EVENT, type DeletedEntry } from './recently-deleted';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(RECENTLY_DELETED_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(RECENTLY_DELETED_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const NONE: DeletedEntry[] = [];
// useSyncExternalStore wants the same snapshot while nothing changed: cache it by the stored text.
let cached: { key: string; entries: DeletedEntry[] } | null = null;

function snapshot(projectId: number | undefined): DeletedEntry[] {
  if (projectId === undefined) return NONE;
  const entries = readRecentlyDeleted(projectId);
  const key = `${projectId}:${JSON.stringify(entries)}`;
  if (cached?.key !== key) cached = { key, entries };
  return cached.entries;
}

/** What this browser deleted in the current project in the last 30 days, newest first; live. */
export function useRecentlyDeleted(): { entries: DeletedEntry[]; projectId: number | undefined } {
  const projectId = useConsoleConfig().data?.project.id;
  const entries = useSyncExternalStore(subscribe, () => snapshot(projectId));
  return { entries, projectId };
}
