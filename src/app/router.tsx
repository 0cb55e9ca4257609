import { useState } from 'react';
import { HistoryRouter } from '@/lib/navigation/history-router';
import {
  createBrowserNavigationHistory,
  type NavigationHistory,
} from '@/lib/navigation/navigation-history';
import { AppRoutes } from './routes';

interface AppRouterProps {
  /** Tests pass a history in memory; the app uses the browser's. */
  history?: NavigationHistory;
}

export function AppRouter({ history }: AppRouterProps) {
  // Created once, on first render, so importing this module (e.g. in tests) has no side effects.
  const [navigationHistory] = useState(() => history ?? createBrowserNavigationHistory());
  return (
    <HistoryRouter history={navigationHistory}>
      <AppRoutes />
    </HistoryRouter>
  );
}
