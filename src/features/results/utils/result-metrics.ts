import { describeMetric, type Experiment, type ExperimentMetric } from '@/shared';
import { orderedMetrics, type MetricGroup } from './ordered-metrics';

export type { MetricGroup };

/** One metric whose results the experiment page shows: inline, or a linked shared metric. */
export interface ResultMetric {
  /** Stable within the experiment: the metric's uuid, or `shared-{id}` for a shared metric without one. */
  key: string;
  name: string;
  group: MetricGroup;
  shared: boolean;
  metric: ExperimentMetric;
}

/** The experiment's metrics of a group, in PostHog's order (see orderedMetrics), each with a name. */
export function resultMetrics(experiment: Experiment, group: MetricGroup): ResultMetric[] {
  return orderedMetrics(experiment, group).map(({ label, ...item }) => ({
    ...item,
    name: label || describeMetric(item.metric),
  }));
}

/** Results exist once an experiment has launched. */
export function hasResults(experiment: Experiment): boolean {
  return Boolean(experiment.start_date);
}
