import { describe, expect, it } from 'vitest';
import {
  CARD_LAYOUT_QUERY,
  DASHBOARD_COLUMNS,
  tableMinWidth,
  visibleColumns,
} from './dashboard-columns';

const ids = (tab: Parameters<typeof visibleColumns>[0], wide: boolean) =>
  visibleColumns(tab, wide).map((column) => column.id);

describe('the dashboard columns', () => {
  it('leaves out what a draft never has: start, run length, result, conclusion', () => {
    expect(ids('draft', true)).toEqual([
      'name',
      'status',
      'flag',
      'type',
      'creator',
      'created',
      'actions',
    ]);
  });

  it.each(['all', 'running', 'paused', 'stopped'] as const)('keeps every column on %s', (tab) => {
    expect(ids(tab, true)).toEqual(DASHBOARD_COLUMNS.map((column) => column.id));
  });

  it('moves Type and Created by under the name on narrower screens', () => {
    expect(ids('all', false)).not.toContain('type');
    expect(ids('all', false)).not.toContain('creator');
  });

  it('gives Name the rest: only it has no width, and the table fits from where cards end', () => {
    expect(visibleColumns('all', true).filter((column) => !column.width)).toHaveLength(1);
    const narrowestTable = Number(/max-width: ([\d.]+)px/.exec(CARD_LAYOUT_QUERY)![1]) + 0.05;
    // Minus the page's 2 × 24 px gutters and the panel's 1 px borders.
    expect(tableMinWidth(visibleColumns('all', false))).toBeLessThanOrEqual(narrowestTable - 50);
  });

  it('gives the same array for the same tab and width (rows are memoised on it)', () => {
    expect(visibleColumns('running', true)).toBe(visibleColumns('running', true));
    expect(visibleColumns('running', true)).not.toBe(visibleColumns('running', false));
  });
});
