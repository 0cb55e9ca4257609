import { useCallback } from 'react';
import { useConsoleConfig } from '@/lib/session/console-config';
import { storedList } from '@/lib/stored-list';
import {
  MAX_SAVED_VIEWS,
  parseSavedView,
  savedViewsKey,
  type SavedView,
} from '../utils/saved-views';

const savedViews = storedList(parseSavedView, MAX_SAVED_VIEWS);

/** This browser's saved views for the current project, live across tabs, and a way to change them. */
export function useSavedViews() {
  const projectId = useConsoleConfig().data?.project.id;
  const key = projectId === undefined ? undefined : savedViewsKey(projectId);
  const views = savedViews.useList(key);
  /** Applies a change to the stored list (as it is now, not as rendered); false if it was not kept. */
  const change = useCallback(
    (next: (views: SavedView[]) => SavedView[]) =>
      key !== undefined && savedViews.write(key, next(savedViews.read(key))),
    [key],
  );
  const read = useCallback(() => (key === undefined ? [] : savedViews.read(key)), [key]);
  return { views, change, read, ready: key !== undefined };
}
