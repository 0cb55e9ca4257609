import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import type { Blocker, BlockerFunction } from './navigation-history';
import { useNavigationHistory } from './navigation-context';

/**
 * react-router's useBlocker for a declarative router: while `shouldBlock` says so, a navigation (link,
 * navigate(), Back/Forward) waits as `state: 'blocked'` until `proceed()` or `reset()`. One at a time.
 */
export function useNavigationBlocker(shouldBlock: BlockerFunction | boolean): Blocker {
  const history = useNavigationHistory();
  // Always asks the latest `shouldBlock` without registering again on every render (which would drop a
  // navigation being held).
  const blocks = useEffectEvent((args: Parameters<BlockerFunction>[0]) =>
    typeof shouldBlock === 'function' ? shouldBlock(args) : shouldBlock,
  );
  useEffect(() => history.block((args) => blocks(args)), [history]);
  return useSyncExternalStore(
    history.subscribeToBlocker,
    () => history.blocker,
    () => history.blocker,
  );
}
