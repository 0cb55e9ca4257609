import {
  describeMetric,
  isKnownMetric,
  type Experiment,
  type ExperimentMetric,
  type ExperimentToSavedMetric,
} from '@/shared';

export type MetricGroup = 'primary' | 'secondary';

/** One metric whose results the experiment page shows: inline, or a linked shared metric. */
export interface ResultMetric {
  /** Stable within the experiment: the metric's uuid, or `shared-{id}` for a shared metric without one. */
  key: string;
  name: string;
  group: MetricGroup;
  shared: boolean;
  metric: ExperimentMetric;
}

/**
 * The experiment's metrics as PostHog's results page lists them: inline metrics and shared metrics of each
 * group, in the `*_metrics_ordered_uuids` order when the experiment has one. Metrics of a kind this console
 * does not know (legacy ones) are left out: PostHog cannot run them as an ExperimentQuery either.
 */
export function resultMetrics(experiment: Experiment, group: MetricGroup): ResultMetric[] {
  const inline = (group === 'primary' ? experiment.metrics : experiment.metrics_secondary) ?? [];
  const fromInline = inline.filter(isKnownMetric).map((metric, index) => ({
    key: metric.uuid ?? `${group}-${index}`,
    name: metric.name || describeMetric(metric),
    group,
    shared: false,
    metric,
  }));
  const links = (experiment.saved_metrics ?? []).filter((link) => linkGroup(link) === group);
  const fromShared = links.flatMap((link) => sharedMetric(link, group));
  const order =
    (group === 'primary'
      ? experiment.primary_metrics_ordered_uuids
      : experiment.secondary_metrics_ordered_uuids) ?? [];
  return sortByOrder([...fromInline, ...fromShared], order);
}

function linkGroup(link: ExperimentToSavedMetric): MetricGroup {
  // A link without metadata counts as primary, as PostHog does.
  return link.metadata?.type === 'secondary' ? 'secondary' : 'primary';
}

function sharedMetric(link: ExperimentToSavedMetric, group: MetricGroup): ResultMetric[] {
  const query = link.query as ExperimentMetric | null | undefined;
  if (!query || !isKnownMetric(query)) return [];
  // PostHog's UI sends shared metrics marked as such, named after the shared metric.
  const metric: ExperimentMetric = {
    ...query,
    name: link.name ?? query.name,
    isSharedMetric: true,
    sharedMetricId: link.saved_metric,
  };
  return [
    {
      key: query.uuid ?? `shared-${link.saved_metric}`,
      name: link.name || query.name || describeMetric(query),
      group,
      shared: true,
      metric,
    },
  ];
}

function sortByOrder(metrics: ResultMetric[], order: readonly string[]): ResultMetric[] {
  const rank = (m: ResultMetric) => {
    const at = order.indexOf(m.key);
    return at === -1 ? order.length : at;
  };
  // Stable: metrics missing from the order keep their place after the ordered ones.
  return metrics
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

/** Results exist once an experiment has launched. */
export function hasResults(experiment: Experiment): boolean {
  return Boolean(experiment.start_date);
}
