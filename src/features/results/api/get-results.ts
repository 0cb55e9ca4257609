import { queryOptions, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  ExperimentExposureQueryResponse,
  ExperimentQueryResponse,
  type Experiment,
} from '@/shared';
import type { ResultMetric } from '../utils/result-metrics';
import { resultsKeys } from './results-keys';
import { runQuery, type RunQueryOptions } from './run-query';

/** Results are costly to compute and PostHog caches them for 24 h: five minutes fresh is plenty here. */
const RESULTS_STALE_MS = 5 * 60_000;

function exposureNode(experiment: Experiment) {
  // The shape PostHog's UI sends (results.md §3.1); the server reads the stored experiment.
  return {
    kind: 'ExperimentExposureQuery',
    experiment_id: experiment.id,
    experiment_name: experiment.name,
    exposure_criteria: experiment.exposure_criteria ?? undefined,
    feature_flag: experiment.feature_flag ?? undefined,
    start_date: experiment.start_date ?? null,
    end_date: experiment.end_date ?? null,
    holdout: experiment.holdout ?? undefined,
  };
}

function metricNode(experiment: Experiment, item: ResultMetric) {
  return { kind: 'ExperimentQuery', metric: item.metric, experiment_id: experiment.id };
}

export function exposuresQueryOptions(experiment: Experiment, run: RunQueryOptions = {}) {
  // `run` only says how to fetch (forced or not), not what: a forced answer replaces the same entry.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: resultsKeys.exposures(experiment),
    queryFn: ({ signal }) =>
      runQuery(exposureNode(experiment), ExperimentExposureQueryResponse, { ...run, signal }),
    staleTime: RESULTS_STALE_MS,
    enabled: Boolean(experiment.start_date),
  });
}

export function metricResultQueryOptions(
  experiment: Experiment,
  item: ResultMetric,
  run: RunQueryOptions = {},
) {
  // The metric is in the key (its key and JSON); `run` only says how to fetch, as above.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: resultsKeys.metric(experiment, item.key, JSON.stringify(item.metric)),
    queryFn: ({ signal }) =>
      runQuery(metricNode(experiment, item), ExperimentQueryResponse, { ...run, signal }),
    staleTime: RESULTS_STALE_MS,
    enabled: Boolean(experiment.start_date),
  });
}

export function useExposures(experiment: Experiment) {
  return useQuery(exposuresQueryOptions(experiment));
}

/** One query per metric, so one failing metric never blanks the others. */
export function useMetricResults(experiment: Experiment, metrics: readonly ResultMetric[]) {
  return useQueries({
    queries: metrics.map((item) => metricResultQueryOptions(experiment, item)),
  });
}

/**
 * "Refresh": asks PostHog to recompute (force) every result of the experiment the page shows, writing the
 * answers into the same cache entries. Resolves when all have answered (or failed).
 */
export function useRefreshResults(experiment: Experiment, metrics: readonly ResultMetric[]) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const force = { force: true };
    await Promise.allSettled([
      queryClient.fetchQuery({ ...exposuresQueryOptions(experiment, force), staleTime: 0 }),
      ...metrics.map((item) =>
        queryClient.fetchQuery({
          ...metricResultQueryOptions(experiment, item, force),
          staleTime: 0,
        }),
      ),
    ]);
  }, [queryClient, experiment, metrics]);
}
