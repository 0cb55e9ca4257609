// @vitest-environment jsdom
import type { BlockerFunction } from './navigation-history';
import { describe, expect, it, vi } from 'vitest';
import {
  createBrowserNavigationHistory,
  createMemoryNavigationHistory,
  type NavigationHistory,
} from './navigation-history';

/** Blocks leaving /edit for another path, like the editor's leave guard. */
const leavingEdit: BlockerFunction = ({ currentLocation, nextLocation }) =>
  currentLocation.pathname === '/edit' && nextLocation.pathname !== '/edit';

function listening(history: NavigationHistory) {
  const updates: string[] = [];
  history.listen(({ action, location }) => updates.push(`${action} ${location.pathname}`));
  return updates;
}

/** jsdom, like a browser, tells of Back/Forward in a later task. */
const nextPopState = () =>
  new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('navigation history without a blocker', () => {
  it('moves and tells the listener of every push, replace and pop', () => {
    const history = createMemoryNavigationHistory(['/list']);
    const updates = listening(history);
    history.push('/edit');
    history.replace('/edit?tab=2');
    history.go(-1);
    expect(updates).toEqual(['PUSH /edit', 'REPLACE /edit', 'POP /list']);
    expect(history.blocker.state).toBe('unblocked');
  });
});

describe('a blocked push or replace', () => {
  it('waits, without moving, until reset or proceed', () => {
    const history = createMemoryNavigationHistory(['/list', '/edit']);
    const updates = listening(history);
    const shouldBlock = vi.fn(leavingEdit);
    history.block(shouldBlock);

    history.push('/list?page=2');
    expect(shouldBlock).toHaveBeenLastCalledWith({
      currentLocation: expect.objectContaining({ pathname: '/edit' }),
      nextLocation: expect.objectContaining({ pathname: '/list', search: '?page=2' }),
      historyAction: 'PUSH',
    });
    expect(history.location.pathname).toBe('/edit');
    expect(history.blocker).toMatchObject({ state: 'blocked', location: { pathname: '/list' } });
    expect(updates).toEqual([]);

    history.blocker.reset?.();
    expect(history.blocker.state).toBe('unblocked');
    expect(history.location.pathname).toBe('/edit');

    history.replace('/list');
    history.blocker.proceed?.();
    expect(history.location.pathname).toBe('/list');
    expect(updates).toEqual(['REPLACE /list']);
    expect(history.blocker.state).toBe('unblocked');
  });

  it('is unblocked again when the held navigation fails on proceed', () => {
    window.history.replaceState(null, '', '/edit');
    const history = createBrowserNavigationHistory();
    listening(history);
    history.block(leavingEdit);
    history.push('/list', { cannot: 'be stored' });
    // The browser refuses the state (the history rethrows a DataCloneError instead of reloading).
    const pushState = vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('could not clone', 'DataCloneError');
    });
    expect(() => history.blocker.proceed?.()).toThrow('could not clone');
    pushState.mockRestore();
    expect(history.blocker.state).toBe('unblocked');
    history.push('/list');
    expect(history.blocker.state).toBe('blocked');
  });

  it('lets navigation within the page through', () => {
    const history = createMemoryNavigationHistory(['/edit']);
    const updates = listening(history);
    history.block(leavingEdit);
    history.push('/edit?tab=2');
    expect(updates).toEqual(['PUSH /edit']);
  });

  it('stops blocking, and forgets a held navigation, once the blocker is removed', () => {
    const history = createMemoryNavigationHistory(['/edit']);
    listening(history);
    const unblock = history.block(leavingEdit);
    history.push('/list');
    unblock();
    expect(history.blocker.state).toBe('unblocked');
    history.push('/list');
    expect(history.location.pathname).toBe('/list');
  });

  it('tells subscribers when the blocker changes', () => {
    const history = createMemoryNavigationHistory(['/edit']);
    listening(history);
    history.block(leavingEdit);
    const onChange = vi.fn();
    history.subscribeToBlocker(onChange);
    history.push('/list');
    history.blocker.reset?.();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('a blocked Back or Forward', () => {
  it('is taken back at once, then replayed on proceed (memory)', async () => {
    const history = createMemoryNavigationHistory(['/list', '/edit']);
    const updates = listening(history);
    history.block(leavingEdit);

    history.go(-1);
    expect(history.location.pathname).toBe('/edit');
    expect(history.blocker).toMatchObject({ state: 'blocked', location: { pathname: '/list' } });
    expect(updates).toEqual([]);

    history.blocker.reset?.();
    history.go(-1); // asks again after Keep editing
    expect(history.blocker.state).toBe('blocked');

    history.blocker.proceed?.();
    await settle();
    expect(history.location.pathname).toBe('/list');
    expect(updates).toEqual(['POP /list']);
    expect(history.blocker.state).toBe('unblocked');
  });

  it('is taken back and replayed in the browser, where pops arrive later', async () => {
    window.history.replaceState(null, '', '/list');
    const history = createBrowserNavigationHistory();
    const updates = listening(history);
    history.push('/edit');
    history.block(leavingEdit);

    window.history.back();
    await nextPopState(); // Back
    await nextPopState(); // ... taken back
    expect(window.location.pathname).toBe('/edit');
    expect(history.blocker).toMatchObject({ state: 'blocked', location: { pathname: '/list' } });
    expect(updates).toEqual(['PUSH /edit']);

    history.blocker.proceed?.();
    await nextPopState();
    expect(window.location.pathname).toBe('/list');
    expect(updates).toEqual(['PUSH /edit', 'POP /list']);
    expect(history.blocker.state).toBe('unblocked');
  });

  it('does not take a navigation made before the taking-back lands for its own', async () => {
    window.history.replaceState(null, '', '/list');
    const history = createBrowserNavigationHistory();
    const updates = listening(history);
    history.push('/edit');
    history.block(leavingEdit);

    window.history.back();
    await nextPopState(); // Back: held, and being taken back
    history.push('/edit?tab=2'); // within the page, before the taking-back arrives
    await settle();
    expect(window.location.search).toBe('?tab=2');
    expect(updates).toEqual(['PUSH /edit', 'PUSH /edit']);
    expect(history.blocker.state).toBe('unblocked');
  });
});
