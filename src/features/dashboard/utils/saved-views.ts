import { z } from 'zod/mini';
import { STATUS_LABELS } from '@/shared';
import { DEFAULT_SORT, writeView, type DashboardView } from './dashboard-view';

/**
 * Saved dashboard views (issue 14): a name for a view's URL query (tab, search, creator, archived, sort,
 * page size), kept in this browser per project. A view IS its URL, so a saved one is shared by its link.
 */
export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  /** The view's query string as the dashboard writes it ("" is All experiments). */
  query: z.string(),
  /** Opens when the dashboard is reached without a view of its own. */
  isDefault: z.optional(z.boolean()),
});
export type SavedView = z.infer<typeof SavedView>;

export const MAX_SAVED_VIEWS = 30;
export const MAX_VIEW_NAME = 60;

export const savedViewsKey = (projectId: number) => `experiment-console:saved-views:${projectId}`;

export function parseSavedView(item: unknown): SavedView | null {
  const parsed = SavedView.safeParse(item);
  return parsed.success ? parsed.data : null;
}

/** The query a view is saved as: from its first page, whatever page is on screen. */
export function viewQuery(view: DashboardView): string {
  return writeView({ ...view, page: 0 }).toString();
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function viewNamed(views: SavedView[], name: string): SavedView | undefined {
  return views.find((view) => sameName(view.name, name));
}

/** The saved view the dashboard shows now, if any. */
export function matchingView(views: SavedView[], query: string): SavedView | undefined {
  return views.find((view) => view.query === query);
}

/** Why a name cannot be saved, or null. */
export function viewNameProblem(name: string): string | null {
  if (!name.trim()) return 'Give the view a name.';
  if (name.trim().length > MAX_VIEW_NAME) return `At most ${MAX_VIEW_NAME} characters.`;
  return null;
}

/**
 * Saves a view under a name; a view of the same name (case aside) is replaced where it stands, keeping its
 * default mark, so saving again updates it.
 */
export function withSavedView(views: SavedView[], name: string, query: string, id: string) {
  const existing = viewNamed(views, name);
  const saved: SavedView = { id: existing?.id ?? id, name: name.trim(), query };
  if (existing?.isDefault) saved.isDefault = true;
  return existing ? views.map((view) => (view === existing ? saved : view)) : [...views, saved];
}

/** Makes one view the default (there is at most one), or none with null. */
export function withDefault(views: SavedView[], id: string | null): SavedView[] {
  return views.map(({ isDefault: _, ...view }) =>
    view.id === id ? { ...view, isDefault: true } : view,
  );
}

export function withoutView(views: SavedView[], id: string): SavedView[] {
  return views.filter((view) => view.id !== id);
}

export function defaultView(views: SavedView[]): SavedView | undefined {
  return views.find((view) => view.isDefault);
}

const SORT_WORDS: Record<DashboardView['sort']['field'], string> = {
  name: 'name',
  status: 'status',
  created_at: 'created',
  start_date: 'started',
  duration: 'days running',
};

/** A name that says what a view shows, offered when saving it: "Running · “checkout” · mine". */
export function describeView(view: DashboardView): string {
  const parts = [
    view.tab === 'all'
      ? 'All experiments'
      : view.tab === 'attention'
        ? 'Needs attention'
        : STATUS_LABELS[view.tab].label,
  ];
  if (view.search) parts.push(`“${view.search}”`);
  if (view.creator === 'me') parts.push('mine');
  else if (view.creator !== null) parts.push('one creator');
  if (view.archived) parts.push('archived');
  const { field, direction } = view.sort;
  if (field !== DEFAULT_SORT.field || direction !== DEFAULT_SORT.direction)
    parts.push(`by ${SORT_WORDS[field]} ${direction === 'asc' ? '↑' : '↓'}`);
  return parts.join(' · ').slice(0, MAX_VIEW_NAME);
}
