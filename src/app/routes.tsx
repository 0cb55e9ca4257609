import { Navigate, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { RouteError } from './errors/route-error';
import { AppLayout } from './layout/app-layout';
import { PageLoading } from './layout/page-loading';
import { NotFoundPage } from './routes/not-found';

/**
 * Pages are loaded on first visit (`lazy`) so the first download holds only the shell. The inner pathless
 * route catches page errors inside the layout, keeping the top bar usable; the outer one catches the rest.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={paths.experiments.getHref()} replace /> },
          {
            path: paths.experiments.path,
            lazy: async () => ({
              Component: (await import('./routes/experiments/list')).ExperimentsRoute,
            }),
          },
          {
            path: paths.newExperiment.path,
            lazy: async () => ({
              Component: (await import('./routes/experiments/new')).NewExperimentRoute,
            }),
          },
          {
            path: paths.editExperiment.path,
            lazy: async () => ({
              Component: (await import('./routes/experiments/edit')).EditExperimentRoute,
            }),
          },
          {
            path: paths.experiment.path,
            lazy: async () => ({
              Component: (await import('./routes/experiments/detail')).ExperimentRoute,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
