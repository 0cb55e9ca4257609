import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render } from '@testing-library/react';
import { Route, Routes } from '@/lib/navigation/router';
import { afterEach } from 'vitest';
import { HistoryRouter } from '@/lib/navigation/history-router';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';
import { NoticeProvider } from '@/lib/notice/notice-provider';
import { PageAtRoute } from './page-at-route';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
// MUI in jsdom is slow while other test files run beside it; waiting longer beats flaky failures.
configure({ asyncUtilTimeout: 4000 });

/** The lifecycle page alone (no app shell) at /experiments/:id, with a fresh cache. */
/** `search` (e.g. `?action=end`) is the query string the page opens with. */
export function renderLifecyclePage(id: number, { search = '' } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  const history = createMemoryNavigationHistory([`/experiments/${id}${search}`]);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <HistoryRouter history={history}>
          <Routes>
            <Route path="/experiments/:id" element={<PageAtRoute />} />
            <Route path="/experiments/:id/edit" element={<h1>Edit page</h1>} />
            <Route path="/experiments" element={<h1>All experiments</h1>} />
          </Routes>
        </HistoryRouter>
      </NoticeProvider>
    </QueryClientProvider>,
  );
  return { ...view, history, queryClient };
}
