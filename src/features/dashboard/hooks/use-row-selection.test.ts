// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { useRowSelection } from './use-row-selection';

afterEach(cleanup);

const rows = Array.from({ length: 6 }, (_, i) => makeExperiment({ id: 500 + i }));
const ids = (map: ReadonlyMap<number, Experiment>) => [...map.keys()].sort();

function setup(initialRows: Experiment[] = rows) {
  return renderHook(({ scope, page }) => useRowSelection(scope, page), {
    initialProps: { scope: 'all|', page: initialRows },
  });
}

describe('useRowSelection', () => {
  it('shift selects the range from the last row toggled, and un-selects a range the same way', () => {
    const { result } = setup();
    act(() => result.current.toggle(rows[1]!, false));
    act(() => result.current.toggle(rows[4]!, true));
    expect(ids(result.current.selected)).toEqual([501, 502, 503, 504]);
    act(() => result.current.toggle(rows[2]!, true));
    expect(ids(result.current.selected)).toEqual([501]);
  });

  it('selects and clears the page, keeps rows of other pages, and starts again for other filters', () => {
    const { result, rerender } = setup(rows.slice(0, 3));
    act(() => result.current.setPage(true));
    rerender({ scope: 'all|', page: rows.slice(3) });
    act(() => result.current.toggle(rows[3]!, false));
    expect(ids(result.current.selected)).toEqual([500, 501, 502, 503]);
    act(() => result.current.setPage(false));
    expect(ids(result.current.selected)).toEqual([500, 501, 502]);
    rerender({ scope: 'running|', page: rows.slice(3) });
    expect(result.current.selected.size).toBe(0);
  });

  it('takes the fresher copy of a selected row when the page refetches, and drops deleted ones', () => {
    const { result, rerender } = setup();
    act(() => result.current.setPage(true));
    const paused = { ...rows[0]!, name: 'Renamed elsewhere' };
    rerender({ scope: 'all|', page: [paused, ...rows.slice(1)] });
    expect(result.current.selected.get(500)?.name).toBe('Renamed elsewhere');
    act(() => result.current.update([], [500, 501]));
    expect(ids(result.current.selected)).toEqual([502, 503, 504, 505]);
  });
});
