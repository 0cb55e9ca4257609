import type { z } from 'zod/mini';
import { ExperimentMetricInput } from '../schemas/metric';

const LEGACY_KINDS = ['ExperimentTrendsQuery', 'ExperimentFunnelsQuery'];

/**
 * PostHog's per-metric checks (contract §3.1), with its messages. Returns the first problem in the list, or
 * null. The messages name the index so a form can point at the metric.
 */
export function metricListProblem(metrics: unknown): string | null {
  if (metrics == null) return null;
  if (!Array.isArray(metrics)) return 'Metrics must be a list';
  for (const [i, metric] of metrics.entries()) {
    const problem = metricProblem(metric);
    if (problem) return `Invalid metric at index ${i}: ${problem}`;
  }
  return null;
}

export function metricProblem(metric: unknown): string | null {
  if (typeof metric !== 'object' || metric === null || Array.isArray(metric))
    return 'must be a dict';
  const kind = (metric as { kind?: unknown }).kind;
  if (typeof kind === 'string' && LEGACY_KINDS.includes(kind)) {
    return `legacy metric kind '${kind}' is no longer supported for new experiments. Use 'ExperimentMetric' instead.`;
  }
  if (kind !== undefined && kind !== 'ExperimentMetric')
    return "metric kind must be 'ExperimentMetric'";
  const parsed = ExperimentMetricInput.safeParse(metric);
  if (!parsed.success) return `[${describeIssues(parsed.error)}]`;
  if (parsed.data.metric_type === 'funnel' && parsed.data.series.length === 0) {
    return 'funnel metrics require at least one step. The experiment exposure event is added as the initial step automatically.';
  }
  return null;
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(metric)'}: ${issue.message}`)
    .join('; ');
}

const SOURCE_FIELDS = ['source', 'numerator', 'denominator', 'start_event', 'completion_event'];

/** Every source node (EventsNode / ActionsNode) that a metric list reads, in order. */
export function metricSources(metrics: readonly unknown[]): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (node && typeof node === 'object' && !Array.isArray(node))
      nodes.push(node as Record<string, unknown>);
  };
  for (const metric of metrics) {
    if (!metric || typeof metric !== 'object') continue;
    const m = metric as Record<string, unknown>;
    SOURCE_FIELDS.forEach((field) => visit(m[field]));
    if (Array.isArray(m.series)) m.series.forEach(visit);
  }
  return nodes;
}

/** Every event name a metric list reads (for PostHog's unknown-event check). */
export function metricEventNames(metrics: readonly unknown[]): string[] {
  const names = metricSources(metrics)
    .filter((n) => n.kind === 'EventsNode' && typeof n.event === 'string')
    .map((n) => n.event as string);
  return [...new Set(names)];
}

/** Every action id a metric list references, ascending. */
export function metricActionIds(metrics: readonly unknown[]): number[] {
  const ids = metricSources(metrics)
    .filter((n) => n.kind === 'ActionsNode' && typeof n.id === 'number')
    .map((n) => n.id as number);
  return [...new Set(ids)].sort((a, b) => a - b);
}
