import { useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import {
  LocationContext,
  NavigationHistoryContext,
  NavigationPendingContext,
} from './navigation-context';
import type { NavigationHistory } from './navigation-history';

interface HistoryRouterProps {
  history: NavigationHistory;
  children: ReactNode;
}

/**
 * The router's root, driven by our history (history.ts, navigation-history.ts): locations apply in a
 * transition, so the page on screen stays while the next one's module downloads, and `useIsNavigating()`
 * says so meanwhile.
 */
export function HistoryRouter({ history, children }: HistoryRouterProps) {
  const [isPending, startTransition] = useTransition();
  const [state, setState] = useState(() => ({
    action: history.action,
    location: history.location,
  }));
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) =>
        startTransition(() => setState({ action, location })),
      ),
    [history],
  );
  return (
    <NavigationHistoryContext value={history}>
      <NavigationPendingContext value={isPending}>
        <LocationContext value={state.location}>{children}</LocationContext>
      </NavigationPendingContext>
    </NavigationHistoryContext>
  );
}
