import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import type { Experiment, ExperimentQueryResponse } from '@/shared';
import type { ResultMetric } from '../utils/result-metrics';
import { MetricResultsTable } from './metric/metric-results-table';

interface MetricGroupSectionProps {
  title: string;
  experiment: Experiment;
  items: readonly ResultMetric[];
  queries: readonly UseQueryResult<ExperimentQueryResponse>[];
}

/** "Primary metrics" or "Secondary metrics": one results table per metric, shared ones included. */
export function MetricGroupSection({ title, experiment, items, queries }: MetricGroupSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} component="h2" variant="h6">
        {title}
      </Typography>
      {items.length === 0 && (
        <Typography color="text.secondary">No {title.toLowerCase()}.</Typography>
      )}
      {items.map((item, i) => {
        const query = queries[i];
        return query ? (
          <MetricResultsTable key={item.key} experiment={experiment} item={item} query={query} />
        ) : null;
      })}
    </Stack>
  );
}
