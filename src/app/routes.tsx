import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { paths } from '@/lib/paths';
import { RouteErrorBoundary } from './errors/route-error-boundary';
import { AppLayout } from './layout/app-layout';
import { PageLoading } from './layout/page-loading';
import { NotFoundPage } from './routes/not-found';

// Pages are loaded on first visit, so the first download holds only the shell.
const ExperimentsRoute = lazy(() =>
  import('./routes/experiments/list').then((module) => ({ default: module.ExperimentsRoute })),
);
const NewExperimentRoute = lazy(() =>
  import('./routes/experiments/new').then((module) => ({ default: module.NewExperimentRoute })),
);
const EditExperimentRoute = lazy(() =>
  import('./routes/experiments/edit').then((module) => ({ default: module.EditExperimentRoute })),
);
const RecentlyDeletedRoute = lazy(() =>
  import('./routes/experiments/deleted').then((module) => ({
    default: module.RecentlyDeletedRoute,
  })),
);
const ExperimentRoute = lazy(() =>
  import('./routes/experiments/detail').then((module) => ({ default: module.ExperimentRoute })),
);

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
      </Suspense>
    </RouteErrorBoundary>
  );
}
