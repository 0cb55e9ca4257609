import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup. The stored
// colour mode would also leak from one test into the next.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/**
 * The whole app (providers, router, layout, lazy routes) at `url`, as a person would open it. `history`
 * is the app's own history, kept in memory: read `history.location`, go Back with `history.go(-1)`. Pass
 * a `queryClient` to start from what main.tsx would have prefetched.
 */
export function renderApp(url: string, options: { queryClient?: QueryClient } = {}) {
  const history = createMemoryNavigationHistory([url]);
  const queryClient = options.queryClient ?? createTestQueryClient();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <AppRouter history={history} />
    </AppProvider>,
  );
  return { ...view, history, queryClient };
}
