import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { experimentStatus, type Experiment } from '@/shared';
import { useExposures, useMetricResults, useRefreshResults } from '../api/get-results';
import { hasResults, resultMetrics } from '../utils/result-metrics';
import { ExposuresSection } from './exposures/exposures-section';
import { MetricGroupSection } from './metric-group-section';
import { NoMetrics, ResultsNotLaunched } from './results-empty';
import { ResultsToolbar } from './results-toolbar';

/**
 * The experiment page's Results tab: how fresh the numbers are, the exposures, then a table per metric,
 * primary first. The default export is what the page loads lazily.
 */
export function ResultsPanel({ experiment }: { experiment: Experiment }) {
  if (!hasResults(experiment)) return <ResultsNotLaunched />;
  return <LaunchedResults experiment={experiment} />;
}

export default ResultsPanel;

function LaunchedResults({ experiment }: { experiment: Experiment }) {
  const primary = useMemo(() => resultMetrics(experiment, 'primary'), [experiment]);
  const secondary = useMemo(() => resultMetrics(experiment, 'secondary'), [experiment]);
  const all = useMemo(() => [...primary, ...secondary], [primary, secondary]);
  const exposures = useExposures(experiment);
  const primaryQueries = useMetricResults(experiment, primary);
  const secondaryQueries = useMetricResults(experiment, secondary);
  const refresh = useRefreshResults(experiment, all);
  const results = [exposures, ...primaryQueries, ...secondaryQueries].map((q) => ({
    lastRefresh: q.data?.last_refresh,
    isFetching: q.isFetching,
  }));
  return (
    <Stack spacing={3}>
      <ResultsToolbar results={results} onRefresh={refresh} />
      {experimentStatus(experiment) === 'running' && (
        <Typography variant="body2" color="text.secondary">
          The experiment is still running, so these numbers move as people arrive. Stopping at the
          first significant reading makes a false winner more likely: decide once the planned number
          of people has been exposed.
        </Typography>
      )}
      <ExposuresSection experiment={experiment} />
      {all.length === 0 ? (
        <NoMetrics experiment={experiment} />
      ) : (
        <>
          <MetricGroupSection
            title="Primary metrics"
            experiment={experiment}
            items={primary}
            queries={primaryQueries}
          />
          {secondary.length > 0 && (
            <MetricGroupSection
              title="Secondary metrics"
              experiment={experiment}
              items={secondary}
              queries={secondaryQueries}
            />
          )}
        </>
      )}
    </Stack>
  );
}
