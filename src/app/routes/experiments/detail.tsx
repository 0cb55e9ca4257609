import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParams, useSearchParams } from '@/lib/navigation/router-hooks';
import { parseExperimentId } from '@/lib/paths';
import { useRememberVisit } from '@/app/command-palette/recent-experiments';
import { NotFoundPage } from '@/app/routes/not-found';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import { ExperimentLifecyclePage } from '@/features/lifecycle/components/experiment-lifecycle-page';
import { parseExperimentTab, type RequestedTab } from '@/features/lifecycle/utils/experiment-tab';
import { BackToExperiments } from './back-to-experiments';

/**
 * The experiment page. The URL carries the view: `?tab=history` opens the history (no tab: the experiment's
 * default, its results once launched), and
 * `?action=<name>` (`conclude`, `end`, `pause`, `resume`, `flag-off`, `flag-on`, …, from the dashboard and
 * Needs attention) opens that dialog once, or a notice says why it cannot.
 */
export function ExperimentRoute() {
  const id = parseExperimentId(useParams().id);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = parseExperimentTab(searchParams.get('tab'));
  // The command palette offers the experiments opened last (the page's own query, read from the cache).
  const { data: visited } = useQuery({ ...experimentQueryOptions(id ?? 0), enabled: id !== null });
  useRememberVisit(visited);

  const setTab = useCallback(
    (next: RequestedTab) =>
      setSearchParams((params) => {
        // Handled already (the page reads and drops it); a URL that lags behind the replace must not bring it back.
        params.delete('action');
        if (next === null) params.delete('tab');
        else params.set('tab', next);
        return params;
      }),
    [setSearchParams],
  );

  if (id === null) return <NotFoundPage />;
  return (
    <Stack spacing={2}>
      <BackToExperiments />
      <ExperimentLifecyclePage id={id} notFound={<NotFoundPage />} tab={tab} onTabChange={setTab} />
    </Stack>
  );
}
