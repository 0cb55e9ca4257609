import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

/**
 * A text box that commits what was typed after a pause. The committed value comes back later (the router
 * applies URL changes in a transition), so `value` can lag behind: until our latest commit shows up, older
 * values are ignored instead of overwriting what the person typed since. A change we did not make (Back,
 * Clear filters) replaces the text, unless it only differs by spaces still being typed.
 */
export function useDebouncedCommit(value: string, onCommit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [awaiting, setAwaiting] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (awaiting !== null) {
      if (value === awaiting) setAwaiting(null);
    } else if (draft.trim() !== value) {
      setDraft(value);
    }
  }
  const target = awaiting ?? value;

  // The caller's callback changes on every render; the pending timer must not restart because of it.
  const onCommitRef = useRef(onCommit);
  useLayoutEffect(() => {
    onCommitRef.current = onCommit;
  });
  const commit = useCallback((next: string) => {
    setAwaiting(next);
    onCommitRef.current(next);
  }, []);

  useEffect(() => {
    const next = draft.trim();
    if (next === target) return undefined;
    const timer = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, target, commit]);

  /** Commits at once (Esc clears without waiting). */
  const commitNow = (next: string) => {
    setDraft(next);
    if (next.trim() !== target) commit(next.trim());
  };
  return { draft, setDraft, commitNow };
}
