import { useSyncExternalStore } from 'react';
import { CARD_LAYOUT_QUERY, WIDE_COLUMNS_QUERY } from '../utils/dashboard-columns';

type Subscribe = (onChange: () => void) => () => void;

// One subscribe function per query, made once: a new one each render would make React unsubscribe and
// subscribe again on every render.
const subscribers = new Map<string, Subscribe>();
function subscribeTo(query: string): Subscribe {
  let subscribe = subscribers.get(query);
  if (!subscribe) {
    subscribe = (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    };
    subscribers.set(query, subscribe);
  }
  return subscribe;
}

// A few lines instead of MUI's useMediaQuery: the dashboard's first chunk is at its size budget.
function useMedia(query: string): boolean {
  return useSyncExternalStore(
    subscribeTo(query),
    () => window.matchMedia?.(query).matches ?? false,
    // A page rendered on the server is laid out for a desktop; a phone switches to cards as it takes over.
    () => false,
  );
}

/**
 * How much room the list has: cards on screens too narrow for a table, the extra columns on wide ones. Read
 * on the first render, so a phone never flashes a table.
 */
export function useListLayout(): { cards: boolean; wide: boolean } {
  return { cards: useMedia(CARD_LAYOUT_QUERY), wide: useMedia(WIDE_COLUMNS_QUERY) };
}
