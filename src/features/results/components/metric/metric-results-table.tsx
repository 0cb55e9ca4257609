import { ProgressBar } from '@/lib/ui/progress-bar';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import type { Experiment, ExperimentQueryResponse } from '@/shared';
import { ErrorState } from '@/lib/ui/error-state';
import { experimentVariants } from '@/features/experiments/utils/experiment-variants';
import { metricRows } from '../../utils/metric-rows';
import type { ResultMetric } from '../../utils/result-metrics';
import { MetricHeader } from './metric-header';
import { MetricLoading } from './metric-loading';
import { MetricTable } from './metric-table';

export interface MetricResultsTableProps {
  experiment: Experiment;
  item: ResultMetric;
  /** The metric's query, from `useMetricResults` (one per metric). */
  query: Pick<
    UseQueryResult<ExperimentQueryResponse>,
    'data' | 'error' | 'isError' | 'isFetching' | 'refetch'
  >;
  /**
   * `compact`: two columns with each interval on a line of its own, for narrow places such as a dialog;
   * `full`: one column per reading; `auto` (default): compact below the `md` breakpoint.
   */
  layout?: 'auto' | 'compact' | 'full';
}

/**
 * One metric's results, in a card of its own: its header, then the table, a skeleton while it computes,
 * or the error with Retry. Each metric has its own query, so one failing leaves the others on screen.
 */
export function MetricResultsTable(props: MetricResultsTableProps) {
  const { experiment, item, query, layout = 'auto' } = props;
  const headingId = useId();
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  const compact = layout === 'compact' || (layout === 'auto' && narrow);
  const order = experimentVariants(experiment).map((v) => v.key);
  const goal = item.metric.goal === 'decrease' ? 'decrease' : 'increase';
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 1.5, sm: 2 }, position: 'relative', overflow: 'hidden' }}
    >
      {query.isFetching && query.data && (
        <ProgressBar
          aria-label={`Refreshing ${item.name}`}
          sx={{ position: 'absolute', top: 0, left: 0, right: 0 }}
        />
      )}
      <MetricHeader item={item} headingId={headingId} />
      <MetricBody
        experiment={experiment}
        item={item}
        query={query}
        goal={goal}
        order={order}
        headingId={headingId}
        compact={compact}
      />
    </Paper>
  );
}

interface MetricBodyProps extends MetricResultsTableProps {
  compact: boolean;
  goal: 'increase' | 'decrease';
  order: string[];
  headingId: string;
}

function MetricBody(props: MetricBodyProps) {
  const { experiment, item, query, goal, order, headingId, compact } = props;
  if (query.isError && !query.data) {
    return (
      <ErrorState
        title={`Could not compute ${item.name}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) return <MetricLoading name={item.name} rows={Math.max(2, order.length)} />;
  const rows = metricRows(experiment, item.metric, query.data);
  if (!rows) {
    return (
      <Typography color="text.secondary">
        No results in a form this console can show (PostHog answered in its legacy format).
      </Typography>
    );
  }
  return (
    <MetricTable
      rows={rows}
      goal={goal}
      variantOrder={order}
      labelledBy={headingId}
      compact={compact}
    />
  );
}
