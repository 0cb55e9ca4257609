import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';

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

/** The whole app (providers, layout, lazy routes) at `url`, as a person would open it. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createTestQueryClient();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
