/**
 * The session history the router follows: the browser's (pushState and popstate) or one in memory (tests and
 * the server's render). The same contract react-router's own history had in "v5 compat" mode, which this
 * replaces to keep its router out of every page's first load (issue 12): push and replace tell the
 * listener too, and each entry keeps an index in `history.state`, so a Back or Forward says how far it went.
 */

export const NavigationType = { Pop: 'POP', Push: 'PUSH', Replace: 'REPLACE' } as const;
export type NavigationType = (typeof NavigationType)[keyof typeof NavigationType];

export interface Path {
  pathname: string;
  search: string;
  hash: string;
}

export interface Location extends Path {
  state: unknown;
  /** Unique per history entry; the same entry keeps it when revisited. */
  key: string;
}

/** Where to go: a URL path ("/experiments?page=2", "?tab=results") or its parts. */
export type To = string | Partial<Path>;

export interface HistoryUpdate {
  action: NavigationType;
  location: Location;
  /** How many entries a Back/Forward moved (negative = back); null when unknown. */
  delta: number | null;
}

export type HistoryListener = (update: HistoryUpdate) => void;

export interface History {
  readonly action: NavigationType;
  readonly location: Location;
  createHref(to: To): string;
  push(to: To, state?: unknown): void;
  replace(to: To, state?: unknown): void;
  go(delta: number): void;
  /** One listener at a time, as the router needs; returns a function that stops listening. */
  listen(listener: HistoryListener): () => void;
}

export function parsePath(path: string): Partial<Path> {
  const parts: Partial<Path> = {};
  let rest = path;
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    parts.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const searchAt = rest.indexOf('?');
  if (searchAt >= 0) {
    parts.search = rest.slice(searchAt);
    rest = rest.slice(0, searchAt);
  }
  if (rest) parts.pathname = rest;
  return parts;
}

/** "?" and "#" alone say nothing; a missing "?" or "#" is added. */
const normalize = (part: string | undefined, mark: '?' | '#') =>
  !part || part === mark ? '' : part.startsWith(mark) ? part : `${mark}${part}`;

export function createPath({ pathname = '/', search, hash }: Partial<Path>): string {
  return pathname + normalize(search, '?') + normalize(hash, '#');
}

const hrefOf = (to: To) => createPath(typeof to === 'string' ? parsePath(to) : to);

const createKey = () => Math.random().toString(36).slice(2, 10);

/** `to` seen from `from`: a missing pathname keeps the current one (so "?tab=2" stays on the page). */
export function resolveLocation(from: Path, to: To, state: unknown, key = createKey()): Location {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return {
    pathname: path.pathname || from.pathname,
    search: normalize(path.search, '?'),
    hash: normalize(path.hash, '#'),
    state: state ?? null,
    key,
  };
}

interface EntryState {
  usr: unknown;
  key: string;
  idx: number;
}

/** The browser's history. Entries it did not make (no index) report a Back/Forward with delta null. */
export function createBrowserHistory(): History {
  const readState = () => window.history.state as Partial<EntryState> | null;
  const readLocation = (): Location => {
    const { pathname, search, hash } = window.location;
    const state = readState();
    return { pathname, search, hash, state: state?.usr ?? null, key: state?.key ?? 'default' };
  };
  let action: NavigationType = NavigationType.Pop;
  let listener: HistoryListener | null = null;
  let index = readState()?.idx ?? null;
  if (index === null) {
    index = 0;
    window.history.replaceState({ ...readState(), idx: index }, '');
  }
  let location = readLocation();

  function onPopState() {
    action = NavigationType.Pop;
    const next = readState()?.idx ?? null;
    const delta = next === null || index === null ? null : next - index;
    index = next;
    location = readLocation();
    listener?.({ action, location, delta });
  }

  function write(method: 'push' | 'replace', to: To, state: unknown) {
    const next = resolveLocation(location, to, state);
    const nextIndex = method === 'push' ? (index ?? -1) + 1 : (index ?? 0);
    const entry: EntryState = { usr: next.state, key: next.key, idx: nextIndex };
    const url = createPath(next);
    try {
      if (method === 'push') window.history.pushState(entry, '', url);
      else window.history.replaceState(entry, '', url);
    } catch (error) {
      // State the browser cannot store is the caller's mistake: say so rather than reload.
      if (error instanceof DOMException && error.name === 'DataCloneError') throw error;
      // Too many entries (Safari limits them): a full page load still gets there.
      window.location.assign(url);
      return;
    }
    index = nextIndex;
    action = method === 'push' ? NavigationType.Push : NavigationType.Replace;
    location = next;
    listener?.({ action, location, delta: method === 'push' ? 1 : 0 });
  }

  return {
    get action() {
      return action;
    },
    get location() {
      return location;
    },
    createHref: hrefOf,
    push: (to, state) => write('push', to, state),
    replace: (to, state) => write('replace', to, state),
    go: (delta) => window.history.go(delta),
    listen(next) {
      if (listener) throw new Error('A history takes one listener at a time.');
      listener = next;
      window.addEventListener('popstate', onPopState);
      return () => {
        window.removeEventListener('popstate', onPopState);
        listener = null;
      };
    },
  };
}

/** A history in memory, at the last of `initialEntries`. Back/Forward happen at once. */
export function createMemoryHistory(initialEntries: string[]): History {
  const entries: Location[] = (initialEntries.length ? initialEntries : ['/']).map((entry) =>
    resolveLocation({ pathname: '/', search: '', hash: '' }, entry, null),
  );
  let index = entries.length - 1;
  let action: NavigationType = NavigationType.Pop;
  let listener: HistoryListener | null = null;
  const current = () => entries[index] as Location;

  return {
    get action() {
      return action;
    },
    get location() {
      return current();
    },
    createHref: hrefOf,
    push(to, state) {
      const next = resolveLocation(current(), to, state);
      index += 1;
      entries.splice(index, entries.length - index, next);
      action = NavigationType.Push;
      listener?.({ action, location: current(), delta: 1 });
    },
    replace(to, state) {
      entries[index] = resolveLocation(current(), to, state);
      action = NavigationType.Replace;
      listener?.({ action, location: current(), delta: 0 });
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      const moved = next - index;
      index = next;
      action = NavigationType.Pop;
      listener?.({ action, location: current(), delta: moved });
    },
    listen(next) {
      if (listener) throw new Error('A history takes one listener at a time.');
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
}
