import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Experiment, ExperimentQueryResponse } from '@/shared';
import { useMetricResults } from '@/features/results/api/get-results';
import { resultMetrics, type ResultMetric } from '@/features/results/utils/result-metrics';

export interface PrimaryResult {
  item: ResultMetric;
  query: UseQueryResult<ExperimentQueryResponse>;
}

/**
 * The primary metrics' results, one query each (the experiment page's own, so they are shared with it). The
 * query keys carry the experiment's dates, so for an ended experiment these are the results up to its end.
 */
export function usePrimaryResults(experiment: Experiment): PrimaryResult[] {
  const metrics = useMemo(() => resultMetrics(experiment, 'primary'), [experiment]);
  const queries = useMetricResults(experiment, metrics);
  return metrics.map((item, index) => ({
    item,
    query: queries[index] as UseQueryResult<ExperimentQueryResponse>,
  }));
}
