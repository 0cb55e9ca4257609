import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Experiment } from '@/shared';
import { metricResultQueryOptions } from '@/features/results/api/get-results';
import { orderedMetrics } from '@/features/results/utils/ordered-metrics';
import type { ResultMetric } from '@/features/results/utils/result-metrics';
import { createTaskLimiter } from '../utils/task-limiter';

/**
 * A few result queries at a time for the whole dashboard: PostHog's own UI runs at most 10 queries at once
 * and the embedded server answers one at a time, so 50 rows must not fire 50 queries together. Rows ask in
 * order, so the top of the table fills first.
 */
const runLimited = createTaskLimiter(3);

/**
 * The metric a row's chip reports: the first primary metric, as the experiment page orders them. An unnamed
 * one is called "Primary metric" here (the page words it as a sentence, code the dashboard can do without).
 */
export function primaryMetric(experiment: Experiment): ResultMetric | undefined {
  const first = orderedMetrics(experiment, 'primary')[0];
  return first && { ...first, name: first.label ?? 'Primary metric' };
}

/**
 * The experiment page's own query (same key, so opening a row reuses the answer), its fetch queued behind the
 * limiter. `enabled` lets the row wait until the table is on screen.
 */
export function usePrimaryResult(experiment: Experiment, item: ResultMetric, enabled: boolean) {
  const base = metricResultQueryOptions(experiment, item);
  const fetchResult = base.queryFn;
  return useQuery(
    queryOptions({
      ...base,
      queryFn:
        typeof fetchResult === 'function'
          ? (context) => runLimited(() => Promise.resolve(fetchResult(context)), context.signal)
          : skipToken,
      enabled: enabled && base.enabled !== false,
    }),
  );
}
