import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Experiment } from '@/shared';

export type SelectionMap = ReadonlyMap<number, Experiment>;

export interface RowSelection {
  selected: SelectionMap;
  /** Toggles one row; with `range`, every row from the last one toggled to this one takes its new state. */
  toggle: (experiment: Experiment, range: boolean) => void;
  /** Selects or clears every row of the page on screen. */
  setPage: (checked: boolean) => void;
  /** Adds experiments read from the server (every one matching the filters). */
  add: (experiments: readonly Experiment[]) => void;
  /** Replaces the selection's copies with the server's answers; `removed` ids leave it (deleted). */
  update: (saved: readonly Experiment[], removed?: readonly number[]) => void;
  clear: () => void;
}

/**
 * The rows picked for a bulk action. The selection holds the experiments themselves, not only ids, so it can
 * span pages and still say what each one is. It is for one set of filters: changing the tab, search, creator
 * or archived filter starts a new one (paging and sorting keep it). Rows on screen refresh their copies, so
 * a preview plans from what the server last said.
 */
export function useRowSelection(scope: string, pageRows: readonly Experiment[] | undefined) {
  const [selected, setSelected] = useState<SelectionMap>(() => new Map());
  const [selectedScope, setSelectedScope] = useState(scope);
  if (scope !== selectedScope) {
    setSelectedScope(scope);
    setSelected(new Map());
  }
  // Read by the stable callbacks below, so memoised rows do not re-render when the page changes.
  const rowsRef = useRef(pageRows ?? []);
  rowsRef.current = pageRows ?? [];
  const anchorRef = useRef<number | null>(null);

  useEffect(() => {
    if (!pageRows) return;
    setSelected((current) => withFresher(current, pageRows));
  }, [pageRows]);

  const toggle = useCallback((experiment: Experiment, range: boolean) => {
    const rows = rowsRef.current;
    const anchor = rows.findIndex((row) => row.id === anchorRef.current);
    const at = rows.findIndex((row) => row.id === experiment.id);
    anchorRef.current = experiment.id;
    setSelected((current) => {
      const next = new Map(current);
      const checked = !current.has(experiment.id);
      const span =
        range && anchor !== -1 && at !== -1
          ? rows.slice(Math.min(anchor, at), Math.max(anchor, at) + 1)
          : [experiment];
      for (const row of span) {
        if (checked) next.set(row.id, row);
        else next.delete(row.id);
      }
      return next;
    });
  }, []);

  const setPage = useCallback((checked: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const row of rowsRef.current) {
        if (checked) next.set(row.id, row);
        else next.delete(row.id);
      }
      return next;
    });
  }, []);

  const add = useCallback((experiments: readonly Experiment[]) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const experiment of experiments) next.set(experiment.id, experiment);
      return next;
    });
  }, []);

  const update = useCallback((saved: readonly Experiment[], removed: readonly number[] = []) => {
    setSelected((current) => {
      const next = new Map(withFresher(current, saved));
      for (const id of removed) next.delete(id);
      return next;
    });
  }, []);

  const clear = useCallback(() => setSelected(new Map()), []);

  return useMemo<RowSelection>(
    () => ({ selected, toggle, setPage, add, update, clear }),
    [selected, toggle, setPage, add, update, clear],
  );
}

/** The same map when nothing selected has changed, so nothing re-renders for an unrelated refetch. */
function withFresher(current: SelectionMap, fresh: readonly Experiment[]): SelectionMap {
  let next: Map<number, Experiment> | null = null;
  for (const experiment of fresh) {
    const old = current.get(experiment.id);
    if (!old || old === experiment) continue;
    next ??= new Map(current);
    next.set(experiment.id, experiment);
  }
  return next ?? current;
}
