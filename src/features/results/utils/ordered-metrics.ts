import {
  isKnownMetric,
  type Experiment,
  type ExperimentMetric,
  type ExperimentToSavedMetric,
} from '@/shared';

export type MetricGroup = 'primary' | 'secondary';

/** A metric of the results, before naming: `label` is the name it was given, if any. */
export interface OrderedMetric {
  /** Stable within the experiment: the metric's uuid, or `shared-{id}` for a shared metric without one. */
  key: string;
  label: string | null;
  group: MetricGroup;
  shared: boolean;
  metric: ExperimentMetric;
}

/**
 * The experiment's metrics as PostHog's results page lists them: inline metrics and shared metrics of each
 * group, in the `*_metrics_ordered_uuids` order when the experiment has one. Metrics of a kind this console
 * does not know (legacy ones) are left out: PostHog cannot run them as an ExperimentQuery either. Apart from
 * resultMetrics (which names the unnamed ones) so the dashboard can use it without the metric sentences' code.
 */
export function orderedMetrics(experiment: Experiment, group: MetricGroup): OrderedMetric[] {
  const inline = (group === 'primary' ? experiment.metrics : experiment.metrics_secondary) ?? [];
  const fromInline = inline.filter(isKnownMetric).map((metric, index) => ({
    key: metric.uuid ?? `${group}-${index}`,
    label: metric.name || null,
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

function sharedMetric(link: ExperimentToSavedMetric, group: MetricGroup): OrderedMetric[] {
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
      label: link.name || query.name || null,
      group,
      shared: true,
      metric,
    },
  ];
}

function sortByOrder(metrics: OrderedMetric[], order: readonly string[]): OrderedMetric[] {
  const rank = (m: OrderedMetric) => {
    const at = order.indexOf(m.key);
    return at === -1 ? order.length : at;
  };
  // Stable: metrics missing from the order keep their place after the ordered ones.
  return metrics
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}
