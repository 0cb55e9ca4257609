import type { QueryClient } from '@tanstack/react-query';
import type { NavigationHistory } from '@/lib/navigation/navigation-history';
import { AppProvider } from './provider';
import { AppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  /** The server renders the requested URL from a history in memory; the browser uses its own. */
  history?: NavigationHistory;
}

/** The whole app, the same tree in the browser and on the server, so a rendered page hydrates as it is. */
export function App({ queryClient, history }: AppProps) {
  return (
    <AppProvider queryClient={queryClient}>
      <AppRouter history={history} />
    </AppProvider>
  );
}
