import {
  createBrowserHistory,
  createMemoryHistory,
  NavigationType,
  resolveLocation,
  type History,
  type HistoryUpdate,
  type Location,
  type To,
} from './history';

/** Asked before each navigation while a blocker is set: true holds it. */
export type BlockerFunction = (args: {
  currentLocation: Location;
  nextLocation: Location;
  historyAction: NavigationType;
}) => boolean;

/** A held navigation, as react-router's useBlocker reported it. */
export type Blocker =
  | { state: 'unblocked'; proceed: undefined; reset: undefined; location: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void; location: Location }
  | { state: 'proceeding'; proceed: undefined; reset: undefined; location: Location };

const UNBLOCKED: Blocker = {
  state: 'unblocked',
  proceed: undefined,
  reset: undefined,
  location: undefined,
};

/**
 * Our history (history.ts), plus what react-router's data router used to add on top: a blocker that can
 * hold a navigation (link, navigate(), Back/Forward) until the person decides. One blocker at a time.
 */
export interface NavigationHistory extends History {
  /** Asks `shouldBlock` before each navigation from now on; call the result to stop asking. */
  block(shouldBlock: BlockerFunction): () => void;
  /** `blocked` while a navigation waits for proceed() or reset(). */
  readonly blocker: Blocker;
  subscribeToBlocker(onChange: () => void): () => void;
}

/** The browser's history, for the app. */
export function createBrowserNavigationHistory(): NavigationHistory {
  return withBlocker(createBrowserHistory());
}

/** A history in memory, for tests: the same blocking and transitions as in the browser. */
export function createMemoryNavigationHistory(initialEntries: string[]): NavigationHistory {
  return withBlocker(createMemoryHistory(initialEntries));
}

function withBlocker(history: History): NavigationHistory {
  let listener: ((update: HistoryUpdate) => void) | null = null;
  let shouldBlock: BlockerFunction | null = null;
  let blocker = UNBLOCKED;
  const blockerSubscribers = new Set<() => void>();
  // The location on screen: during Back/Forward the history already holds the next one.
  let current = history.location;
  // Set while we take back a Back/Forward the blocker held: the pop that returns to `to` is ours and
  // nobody else's. Any other navigation in between (a push, a replace) cancels it.
  let undo: { to: Location; done: () => void } | undefined;

  function setBlocker(next: Blocker) {
    blocker = next;
    blockerSubscribers.forEach((notify) => notify());
  }

  function blocks(nextLocation: Location, historyAction: NavigationType) {
    if (!shouldBlock || blocker.state === 'proceeding') return false;
    return shouldBlock({ currentLocation: current, nextLocation, historyAction });
  }

  /** Push and replace are held before they happen: nothing to undo. */
  function guarded(method: 'push' | 'replace') {
    const historyAction = method === 'push' ? NavigationType.Push : NavigationType.Replace;
    return function navigate(to: To, state?: unknown) {
      const nextLocation = resolveLocation(current, to, state, 'default');
      undo = undefined;
      if (blocks(nextLocation, historyAction)) {
        setBlocker({
          state: 'blocked',
          location: nextLocation,
          proceed() {
            setBlocker(proceeding(nextLocation));
            try {
              history[method](to, state);
            } catch (error) {
              // A navigation the browser refused (e.g. state it cannot store) must not leave the
              // blocker proceeding for ever, blind to every later navigation.
              setBlocker(UNBLOCKED);
              throw error;
            }
          },
          reset: () => setBlocker(UNBLOCKED),
        });
        return;
      }
      history[method](to, state);
    };
  }

  /**
   * Back/Forward has already changed the URL when we hear of it, so a held one is taken back by going the
   * other way (the delta comes from the index our history keeps in `history.state`), then
   * replayed on proceed. Without a delta (an entry the history did not make) it cannot be undone: let it be.
   */
  function onPop(update: HistoryUpdate) {
    const { location, delta } = update;
    if (delta == null || delta === 0 || !blocks(location, NavigationType.Pop)) return false;
    const to = current;
    const undone = new Promise<void>((resolve) => {
      undo = { to, done: resolve };
    });
    history.go(-delta);
    setBlocker({
      state: 'blocked',
      location,
      proceed() {
        setBlocker(proceeding(location));
        void undone.then(() => history.go(delta));
      },
      reset: () => setBlocker(UNBLOCKED),
    });
    return true;
  }

  return {
    get action() {
      return history.action;
    },
    get location() {
      return history.location;
    },
    createHref: (to) => history.createHref(to),
    go: (delta) => history.go(delta),
    push: guarded('push'),
    replace: guarded('replace'),
    listen(fn) {
      listener = fn;
      const stop = history.listen((update) => {
        if (undo && update.action === NavigationType.Pop && update.location.key === undo.to.key) {
          undo.done();
          undo = undefined;
          return;
        }
        if (update.action === NavigationType.Pop && onPop(update)) return;
        current = update.location;
        // A navigation that happened settles the blocker, as in react-router's data router.
        if (blocker.state !== 'unblocked') setBlocker(UNBLOCKED);
        listener?.(update);
      });
      return () => {
        stop();
        listener = null;
      };
    },
    block(fn) {
      shouldBlock = fn;
      return () => {
        if (shouldBlock !== fn) return;
        shouldBlock = null;
        if (blocker.state !== 'unblocked') setBlocker(UNBLOCKED);
      };
    },
    get blocker() {
      return blocker;
    },
    subscribeToBlocker(onChange) {
      blockerSubscribers.add(onChange);
      return () => blockerSubscribers.delete(onChange);
    },
  };
}

function proceeding(location: Location): Blocker {
  return { state: 'proceeding', location, proceed: undefined, reset: undefined };
}
