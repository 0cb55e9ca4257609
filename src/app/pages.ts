import { paths, routePath } from '@/lib/paths';
import { lazyPage } from './lazy-page';

// Pages are loaded on first visit, so the first download holds only the shell. A page rendered on the
// server is loaded before the browser takes it over (preloadPage), so it hydrates in one pass.
export const ExperimentsRoute = lazyPage(() =>
  import('./routes/experiments/list').then((module) => module.ExperimentsRoute),
);
export const NewExperimentRoute = lazyPage(() =>
  import('./routes/experiments/new').then((module) => module.NewExperimentRoute),
);
export const EditExperimentRoute = lazyPage(() =>
  import('./routes/experiments/edit').then((module) => module.EditExperimentRoute),
);
export const RecentlyDeletedRoute = lazyPage(() =>
  import('./routes/experiments/deleted').then((module) => module.RecentlyDeletedRoute),
);
export const ExperimentRoute = lazyPage(() =>
  import('./routes/experiments/detail').then((module) => module.ExperimentRoute),
);

/** Loads the module of the page at `pathname` (the pages the server renders), so it renders at once. */
export function preloadPage(pathname: string): Promise<unknown> {
  const route = routePath(pathname);
  if (route === paths.experiments.path) return ExperimentsRoute.preload();
  if (/^\/experiments\/\d+$/.test(route)) return ExperimentRoute.preload();
  return Promise.resolve();
}
