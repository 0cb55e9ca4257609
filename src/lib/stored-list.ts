import { useSyncExternalStore } from 'react';

/** Fired on window when this tab changes a stored list; other tabs get the browser's own `storage` event. */
const CHANGED_EVENT = 'experiment-console:stored-list';

/** localStorage can throw on access (blocked storage); then nothing is remembered. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * A small list this browser keeps under one localStorage key, live in every tab (saved views, recently
 * visited experiments). Read leniently: an item `parseItem` cannot read (an older shape, a hand edit) is
 * dropped instead of breaking the page.
 */
export function storedList<T>(parseItem: (item: unknown) => T | null, maxItems: number) {
  const none: T[] = [];
  // useSyncExternalStore wants the same snapshot while nothing changed: parse only when the text changes.
  let cached: { key: string; raw: string | null; items: T[] } | null = null;

  const parse = (raw: string | null): T[] => {
    let stored: unknown;
    try {
      stored = raw ? JSON.parse(raw) : [];
    } catch {
      return none;
    }
    if (!Array.isArray(stored)) return none;
    return stored.flatMap((item) => {
      const parsed = parseItem(item);
      return parsed === null ? [] : [parsed];
    });
  };

  const read = (key: string): T[] => {
    const raw = storage()?.getItem(key) ?? null;
    if (cached?.key !== key || cached.raw !== raw) cached = { key, raw, items: parse(raw) };
    return cached.items;
  };

  /** Keeps at most `maxItems` (the first ones); false when the browser refused to store it. */
  const write = (key: string, items: T[]): boolean => {
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(key, JSON.stringify(items.slice(0, maxItems)));
      window.dispatchEvent(new Event(CHANGED_EVENT));
      return true;
    } catch {
      return false;
    }
  };

  /** The list under `key`, live; empty without a key and on the server (it knows nothing of this browser). */
  const useList = (key: string | undefined): T[] =>
    useSyncExternalStore(
      subscribe,
      () => (key ? read(key) : none),
      () => none,
    );

  return { read, write, useList };
}
