import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from './dashboard-view';
import {
  defaultView,
  describeView,
  matchingView,
  parseSavedView,
  viewNameProblem,
  viewQuery,
  withDefault,
  withoutView,
  withSavedView,
  type SavedView,
} from './saved-views';

const running = viewQuery({ ...DEFAULT_VIEW, tab: 'running', search: 'checkout', page: 3 });

describe('saved views', () => {
  it('saves a view from its first page, as the query the dashboard writes', () => {
    expect(running).toBe('status=running&search=checkout');
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
  });

  it('adds a view, and replaces one of the same name (case aside) in place, keeping its default mark', () => {
    let views: SavedView[] = withSavedView([], 'Checkout', running, 'a');
    views = withSavedView(views, 'Stale drafts', 'status=draft', 'b');
    views = withDefault(views, 'a');
    views = withSavedView(views, ' checkout ', 'status=paused', 'c');
    expect(views).toEqual([
      { id: 'a', name: 'checkout', query: 'status=paused', isDefault: true },
      { id: 'b', name: 'Stale drafts', query: 'status=draft' },
    ]);
  });

  it('keeps at most one default, and none after withDefault(null)', () => {
    let views: SavedView[] = [
      { id: 'a', name: 'A', query: '' },
      { id: 'b', name: 'B', query: 'status=draft' },
    ];
    views = withDefault(withDefault(views, 'a'), 'b');
    expect(views.filter((v) => v.isDefault).map((v) => v.id)).toEqual(['b']);
    expect(defaultView(withDefault(views, null))).toBeUndefined();
  });

  it('finds the view on screen and removes one by id', () => {
    const views: SavedView[] = [{ id: 'a', name: 'A', query: running }];
    expect(matchingView(views, running)?.id).toBe('a');
    expect(matchingView(views, 'status=draft')).toBeUndefined();
    expect(withoutView(views, 'a')).toEqual([]);
  });

  it('wants a name of at most 60 characters', () => {
    expect(viewNameProblem('  ')).toMatch(/name/);
    expect(viewNameProblem('x'.repeat(61))).toMatch(/60/);
    expect(viewNameProblem('Mine')).toBeNull();
  });

  it('reads a stored item leniently: a shape it does not know is dropped', () => {
    expect(parseSavedView({ id: 'a', name: 'A', query: '' })).toEqual({
      id: 'a',
      name: 'A',
      query: '',
    });
    expect(parseSavedView({ id: 1, name: 'A' })).toBeNull();
    expect(parseSavedView('A')).toBeNull();
  });

  it('suggests a name that says what the view shows', () => {
    expect(describeView(DEFAULT_VIEW)).toBe('All experiments');
    expect(
      describeView({
        ...DEFAULT_VIEW,
        tab: 'running',
        search: 'checkout',
        creator: 'me',
        archived: true,
        sort: { field: 'name', direction: 'asc' },
      }),
    ).toBe('Running · “checkout” · mine · archived · by name ↑');
  });
});
