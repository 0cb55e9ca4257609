import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchDashboardPage } from '@/features/dashboard/api/dashboard-page-params';
import { paths } from '@/lib/paths';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { AppRouter } from './router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

const queryClient = createQueryClient();
// The dashboard is the page most people open: its first rows are asked for now, so the request runs while
// the page's code downloads and React mounts, instead of after both.
const { pathname, search } = window.location;
if (pathname === paths.home.path || pathname === paths.experiments.path) {
  prefetchDashboardPage(queryClient, search);
}

createRoot(container).render(
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
