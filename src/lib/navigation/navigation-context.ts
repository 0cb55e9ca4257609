import { createContext, useContext } from 'react';
import type { Location } from './history';
import type { NavigationHistory } from './navigation-history';

export const NavigationHistoryContext = createContext<NavigationHistory | null>(null);

/** The location on screen (during a navigation's transition, still the old one). */
export const LocationContext = createContext<Location | null>(null);

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
