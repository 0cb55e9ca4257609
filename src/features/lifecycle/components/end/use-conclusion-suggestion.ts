import {
  suggestConclusion,
  type ConclusionSuggestion,
  type Experiment,
  type MetricEvidence,
} from '@/shared';
import { usePrimaryResults, type PrimaryResult } from '../conclusion/use-primary-results';

export interface ConclusionEvidence {
  results: PrimaryResult[];
  /** Every primary metric has answered or failed: only then is there a suggestion. */
  settled: boolean;
  /** Metrics whose results could not be loaded; the suggestion leaves them out. */
  failed: PrimaryResult[];
  suggestion: ConclusionSuggestion | null;
}

/**
 * The primary metrics' results and the conclusion they suggest. The suggestion waits for every metric, so a
 * slow one cannot be outvoted by a fast one; a failed metric is left out (and named) rather than read as
 * "no data".
 */
export function useConclusionSuggestion(experiment: Experiment): ConclusionEvidence {
  const results = usePrimaryResults(experiment);
  const settled = results.every(({ query }) => !query.isPending);
  const failed = results.filter(({ query }) => !query.data && query.isError);
  const evidence = results.flatMap(({ item, query }): MetricEvidence[] =>
    query.data
      ? [
          {
            name: item.name,
            goal: item.metric.goal,
            metricType: item.metric.metric_type,
            result: query.data,
          },
        ]
      : [],
  );
  const suggestion =
    settled && evidence.length > 0
      ? suggestConclusion(evidence, { statsConfig: experiment.stats_config })
      : null;
  return { results, settled, failed, suggestion };
}
