import { Suspense } from 'react';
import { Navigate, Outlet, Route, Routes } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';
import { RouteErrorBoundary } from './errors/route-error-boundary';
import { AppLayout } from './layout/app-layout';
import { PageLoading } from './layout/page-loading';
import { NotFoundPage } from './routes/not-found';
import { AfterHydration } from './ssr/after-hydration';
import {
  EditExperimentRoute,
  ExperimentRoute,
  ExperimentsRoute,
  NewExperimentRoute,
  RecentlyDeletedRoute,
} from './pages';

/** Catches a page's errors inside the layout, so the top bar stays usable. */
function PageErrorBoundary() {
  return (
    <RouteErrorBoundary>
      <Outlet />
    </RouteErrorBoundary>
  );
}

/**
 * The outer boundary catches what the page boundary cannot (the layout itself). The first page module
 * shows PageLoading while it downloads; later ones download in a navigation transition, so the old page
 * stays up (with the layout's progress bar) instead.
 */
export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route element={<PageErrorBoundary />}>
              <Route index element={<Navigate to={paths.experiments.getHref()} replace />} />
              <Route path={paths.experiments.path} element={<ExperimentsRoute />} />
              <Route path={paths.newExperiment.path} element={<NewExperimentRoute />} />
              <Route path={paths.editExperiment.path} element={<EditExperimentRoute />} />
              <Route path={paths.recentlyDeleted.path} element={<RecentlyDeletedRoute />} />
              <Route path={paths.experiment.path} element={<ExperimentRoute />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
        {/* In the pages' boundary: its effect runs once the page itself has hydrated. */}
        <AfterHydration />
      </Suspense>
    </RouteErrorBoundary>
  );
}
