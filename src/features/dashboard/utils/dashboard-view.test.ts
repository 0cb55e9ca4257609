import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  DEFAULT_VIEW,
  nextSort,
  readView,
  writeView,
  type DashboardView,
  type Sort,
} from './dashboard-view';

describe('the dashboard view in the URL', () => {
  it.each<[string, Partial<DashboardView>]>([
    ['', {}],
    ['status=paused', { tab: 'paused' }],
    ['status=attention', { tab: 'attention' }],
    ['search=checkout', { search: 'checkout' }],
    ['creator=me', { creator: 'me' }],
    ['creator=7', { creator: 7 }],
    ['archived=true', { archived: true }],
    ['sort=name', { sort: { field: 'name', direction: 'asc' } }],
    ['sort=-duration', { sort: { field: 'duration', direction: 'desc' } }],
    ['page=3', { page: 2 }],
    ['page_size=100', { pageSize: 100 }],
  ])('"%s" round-trips', (query, patch) => {
    const view = { ...DEFAULT_VIEW, ...patch };
    expect(readView(new URLSearchParams(query))).toEqual(view);
    expect(writeView(view).toString()).toBe(query);
  });

  it.each([
    'status=finished',
    'creator=someone',
    'archived=yes',
    'sort=flag_key',
    'sort=-',
    'page=0',
    'page=-2',
    'page=1.5',
    'page_size=7',
  ])('falls back to the default for a hand-edited "%s"', (query) => {
    expect(readView(new URLSearchParams(query))).toEqual(DEFAULT_VIEW);
  });
});

describe('nextSort', () => {
  const sort = (field: Sort['field'], direction: Sort['direction']): Sort => ({ field, direction });
  it.each<[Sort, Sort['field'], Sort]>([
    [DEFAULT_SORT, 'name', sort('name', 'asc')],
    [DEFAULT_SORT, 'status', sort('status', 'asc')],
    [DEFAULT_SORT, 'start_date', sort('start_date', 'desc')],
    [DEFAULT_SORT, 'duration', sort('duration', 'desc')],
    [DEFAULT_SORT, 'created_at', sort('created_at', 'asc')],
    [sort('name', 'asc'), 'name', sort('name', 'desc')],
  ])('from %j, a click on %s sorts %j', (current, field, expected) => {
    expect(nextSort(current, field)).toEqual(expected);
  });
});
