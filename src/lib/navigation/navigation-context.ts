import { createContext, useContext } from 'react';
import type { NavigationHistory } from './navigation-history';

export const NavigationHistoryContext = createContext<NavigationHistory | null>(null);

/** True while the next location renders, e.g. while its page module downloads: the old page stays up. */
export const NavigationPendingContext = createContext(false);

export function useNavigationHistory(): NavigationHistory {
  const history = useContext(NavigationHistoryContext);
  if (!history) throw new Error('Navigation hooks need a <HistoryRouter> above them.');
  return history;
}

export function useIsNavigating(): boolean {
  return useContext(NavigationPendingContext);
}
