/**
 * A metric as one sentence a person can read in a list: "Mean total count of `purchase`, goal: increase".
 * Event and property names are wrapped in backticks so a UI can show them as code. Pure: no React.
 */

type Node = Record<string, unknown> | null | undefined;
type Metric = Record<string, unknown>;

/** How each experiment math reads before the event name ("total count of `purchase`"). */
const MATH_PHRASES: Record<string, (node: Record<string, unknown>) => string> = {
  total: () => 'total count of',
  dau: () => 'unique users of',
  unique_session: () => 'unique sessions with',
  sum: (n) => `sum of ${property(n)} on`,
  avg: (n) => `average ${property(n)} on`,
  min: (n) => `minimum ${property(n)} on`,
  max: (n) => `maximum ${property(n)} on`,
  unique_group: (n) => `unique groups (type ${String(n.math_group_type_index ?? 0)}) with`,
  hogql: (n) => `${code(String(n.math_hogql ?? 'an expression'))} on`,
};

const ORDER_PHRASES: Record<string, string> = {
  strict: ' (strict order)',
  unordered: ' (any order)',
};

/**
 * PostHog's property operators as words, for sentences and pickers alike. The pickers offer these; any
 * other operator PostHog sends still reads, as its own name.
 */
export const PROPERTY_OPERATOR_LABELS: Record<string, string> = {
  exact: 'equals',
  is_not: 'does not equal',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches regex',
  not_regex: 'does not match regex',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  is_set: 'is set',
  is_not_set: 'is not set',
};

/** Operators without a value; PostHog stores the operator itself as the value. */
export const VALUELESS_OPERATORS: ReadonlySet<string> = new Set(['is_set', 'is_not_set']);

const code = (text: string) => `\`${text}\``;
const property = (node: Record<string, unknown>) =>
  typeof node.math_property === 'string' && node.math_property
    ? code(node.math_property)
    : 'a property';

/** "`$current_url` contains `/home`"; a list of values reads as alternatives ("`a` or `b`"). */
function describePropertyFilter(filter: Record<string, unknown>): string {
  const operator = typeof filter.operator === 'string' ? filter.operator : 'exact';
  const key = code(String(filter.key ?? ''));
  const words = PROPERTY_OPERATOR_LABELS[operator] ?? operator;
  if (VALUELESS_OPERATORS.has(operator)) return `${key} ${words}`;
  const values = Array.isArray(filter.value) ? filter.value : [filter.value];
  return `${key} ${words} ${values.map((v) => code(String(v ?? ''))).join(' or ')}`;
}

/** " where `$current_url` contains `/home` and …", or "" for a node without filters. */
function describeFilters(node: Record<string, unknown>): string {
  const filters = Array.isArray(node.properties) ? (node.properties as unknown[]) : [];
  const readable = filters.filter(
    (f): f is Record<string, unknown> => typeof f === 'object' && f !== null && 'key' in f,
  );
  return readable.length === 0
    ? ''
    : ` where ${readable.map(describePropertyFilter).join(' and ')}`;
}

/** "`purchase`", "action #5", or "any event" for a node without an event; then its filters. */
export function describeSource(node: Node): string {
  if (!node) return 'an event';
  return `${describeNode(node)}${describeFilters(node)}`;
}

function describeNode(node: Record<string, unknown>): string {
  if (node.kind === 'ActionsNode') {
    return typeof node.name === 'string' && node.name
      ? `action ${code(node.name)}`
      : `action #${String(node.id)}`;
  }
  return typeof node.event === 'string' && node.event ? code(node.event) : 'any event';
}

/** "total count of `purchase`": the source with its math. */
export function describeMeasure(node: Node): string {
  const math = typeof node?.math === 'string' ? node.math : 'total';
  const phrase = MATH_PHRASES[math]?.(node ?? {}) ?? `${math} of`;
  return `${phrase} ${describeSource(node)}`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function core(metric: Metric): string {
  switch (metric.metric_type) {
    case 'mean':
      return `Mean ${describeMeasure(metric.source as Node)}`;
    case 'funnel': {
      const steps = Array.isArray(metric.series) ? (metric.series as Node[]) : [];
      const path = ['exposure', ...steps.map(describeSource)].join(' → ');
      const order = ORDER_PHRASES[String(metric.funnel_order_type)] ?? '';
      return `Funnel: ${path}${order}`;
    }
    case 'ratio':
      return `Ratio of ${describeMeasure(metric.numerator as Node)} to ${describeMeasure(
        metric.denominator as Node,
      )}`;
    case 'retention': {
      const unit = String(metric.retention_window_unit ?? 'day');
      const start = Number(metric.retention_window_start ?? 0);
      const end = Number(metric.retention_window_end ?? 0);
      const from = metric.start_handling === 'last_seen' ? ' (from the last start)' : '';
      return `Retention: ${describeSource(metric.start_event as Node)} then ${describeSource(
        metric.completion_event as Node,
      )} ${start}–${plural(end, unit)} later${from}`;
    }
    default:
      return `Unsupported metric (${String(metric.kind ?? 'unknown kind')}${
        metric.metric_type ? ` / ${String(metric.metric_type)}` : ''
      })`;
  }
}

/** The whole sentence: what is measured, the conversion window when set, and the goal. */
export function describeMetric(metric: Metric): string {
  const parts = [core(metric)];
  const window = metric.conversion_window;
  if (typeof window === 'number' && window > 0) {
    parts.push(`within ${plural(window, String(metric.conversion_window_unit ?? 'day'))}`);
  }
  parts.push(`goal: ${metric.goal === 'decrease' ? 'decrease' : 'increase'}`);
  return parts.join(', ');
}
