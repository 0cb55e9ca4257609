import { useEffect, useRef, useState } from 'react';
import { readView } from '../utils/dashboard-view';
import { defaultView } from '../utils/saved-views';
import type { ViewUpdate } from './use-dashboard-view';
import { useSavedViews } from './use-saved-views';

/**
 * Opens the person's default saved view when they arrive at the dashboard without a view of their own (the
 * top bar's link, a bare URL). Only on arrival: "Clear filters" or the All tab later mean all experiments.
 */
export function useDefaultView(
  update: (patch: ViewUpdate, options?: { replace?: boolean }) => void,
) {
  const { read, ready } = useSavedViews();
  const [arrivedBare] = useState(
    () => typeof window !== 'undefined' && window.location.search === '',
  );
  const applied = useRef(false);
  useEffect(() => {
    if (!arrivedBare || !ready || applied.current) return;
    applied.current = true;
    const view = defaultView(read());
    if (view?.query) update(readView(new URLSearchParams(view.query)), { replace: true });
  }, [arrivedBare, ready, read, update]);
}
