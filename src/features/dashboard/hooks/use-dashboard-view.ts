import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from '@/lib/navigation/router-hooks';
import { DEFAULT_VIEW, readView, writeView, type DashboardView } from '../utils/dashboard-view';

export type ViewUpdate = Partial<DashboardView>;

interface PendingView {
  view: DashboardView;
  search: string;
}

/**
 * The dashboard's view lives in the URL: a copied link opens the same view, Back and Forward step between
 * views, and a reload keeps it. Each change is a history entry unless the caller asks to replace it.
 *
 * The router applies URL changes in a transition, so the URL can lag behind a click. Until a change lands,
 * the view we asked for is shown (the switch moves at once) and the next change builds on it (a quick
 * second click does not undo the first). A URL we did not ask for (Back, a link) always wins.
 */
export function useDashboardView() {
  const [params, setParams] = useSearchParams();
  const current = params.toString();
  const [pending, setPending] = useState<PendingView[]>([]);
  const [seen, setSeen] = useState(current);
  if (current !== seen) {
    setSeen(current);
    const landed = pending.findIndex((entry) => entry.search === current);
    setPending(landed === -1 ? [] : pending.slice(landed + 1));
  }
  // Back and Forward may return to the very URL still on screen (before a push had rendered), which no
  // render can tell apart: the browser's own signal drops whatever we were waiting for.
  useEffect(() => {
    const dropPending = () => setPending([]);
    window.addEventListener('popstate', dropPending);
    return () => window.removeEventListener('popstate', dropPending);
  }, []);
  const urlView = useMemo(() => readView(params), [params]);
  const view = pending.at(-1)?.view ?? urlView;

  const update = useCallback(
    (patch: ViewUpdate, options: { replace?: boolean } = {}) => {
      // Anything but paging changes what "page 3" means, so start again from the first page.
      const page = 'page' in patch ? (patch.page ?? 0) : 0;
      const search = writeView({ ...view, ...patch, page });
      setPending((list) => [...list, { view: readView(search), search: search.toString() }]);
      setParams(search, { replace: options.replace ?? false });
    },
    [view, setParams],
  );

  /** Back to every experiment, keeping how the person likes the table (sort and page size). */
  const clearFilters = useCallback(
    () => update({ ...DEFAULT_VIEW, sort: view.sort, pageSize: view.pageSize }),
    [update, view.sort, view.pageSize],
  );

  return { view, update, clearFilters };
}
