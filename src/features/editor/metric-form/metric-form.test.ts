import { describe, expect, it } from 'vitest';
import { describeMetric, metricProblem } from '@/shared';
import type { MetricValue } from '../form/editor-values';
import { formToMetric } from './form-to-metric';
import { metricFormIssues } from './metric-form-schema';
import { emptyMetricForm, emptySource, type MetricFormValues } from './metric-form-values';
import { metricToForm } from './metric-to-form';

const node = (event: string, extra: Record<string, unknown> = {}) => ({
  kind: 'EventsNode',
  event,
  name: event,
  ...extra,
});

/** Real shapes: PostHog's ratio fixture and the demo project's shared metrics. */
const REAL_METRICS: [string, MetricValue][] = [
  [
    'ratio (PostHog fixture)',
    {
      goal: 'increase',
      kind: 'ExperimentMetric',
      uuid: 'd70371c9-c078-4234-a4b3-aaa19316d602',
      numerator: node('$pageview', { math: 'dau' }),
      denominator: node('$pageview', { math: 'total' }),
      metric_type: 'ratio',
    },
  ],
  [
    'funnel with a conversion window',
    {
      kind: 'ExperimentMetric',
      name: 'Activation',
      goal: 'increase',
      conversion_window: 14,
      conversion_window_unit: 'day',
      metric_type: 'funnel',
      series: [node('signup_completed'), node('onboarding_completed')],
      funnel_order_type: 'ordered',
      uuid: 'f-1',
      fingerprint: 'abc',
    },
  ],
  [
    'ratio with property math',
    {
      kind: 'ExperimentMetric',
      name: 'Average order value',
      goal: 'increase',
      metric_type: 'ratio',
      numerator: node('purchase_completed', { math: 'sum', math_property: 'revenue' }),
      denominator: node('purchase_completed', { math: 'total' }),
      uuid: 'r-1',
    },
  ],
  [
    'retention',
    {
      kind: 'ExperimentMetric',
      name: 'Week-1 retention',
      goal: 'increase',
      metric_type: 'retention',
      start_event: node('signup_completed'),
      completion_event: node('$pageview'),
      retention_window_start: 1,
      retention_window_end: 7,
      retention_window_unit: 'day',
      start_handling: 'first_seen',
      uuid: 'ret-1',
    },
  ],
  [
    'mean of an action with filters',
    {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      source: { kind: 'ActionsNode', id: 4, name: 'Signed up', math: 'total', properties: [] },
      uuid: 'a-1',
    },
  ],
  [
    'funnel mixing an action without a name and an event',
    {
      kind: 'ExperimentMetric',
      metric_type: 'funnel',
      series: [{ kind: 'ActionsNode', id: 7 }, node('purchase')],
      uuid: 'a-2',
    },
  ],
  [
    'retention from an action to an action',
    {
      kind: 'ExperimentMetric',
      metric_type: 'retention',
      start_event: { kind: 'ActionsNode', id: 1, name: 'Visited pricing page' },
      completion_event: {
        kind: 'ActionsNode',
        id: 2,
        name: 'Clicked primary CTA',
        custom_name: 'CTA',
      },
      retention_window_start: 0,
      retention_window_end: 7,
      retention_window_unit: 'day',
      start_handling: 'first_seen',
      uuid: 'a-3',
    },
  ],
  [
    'funnel whose first step is filtered on the URL (the demo project’s shared metric)',
    {
      kind: 'ExperimentMetric',
      metric_type: 'funnel',
      series: [
        node('$pageview', {
          properties: [
            { key: '$current_url', value: '/home', operator: 'icontains', type: 'event' },
          ],
        }),
        node('signup_started'),
      ],
      uuid: 'f-2',
    },
  ],
];

const PRICING = { id: 1, name: 'Visited pricing page' };

describe('metric ⇄ dialog form', () => {
  it.each(REAL_METRICS)('%s round-trips unchanged', (_case, metric) => {
    expect(formToMetric(metricToForm(metric), metric)).toEqual(metric);
  });

  const build = (changes: Partial<MetricFormValues>) =>
    formToMetric({ ...emptyMetricForm(), ...changes }, null);

  it.each<[string, Partial<MetricFormValues>, string]>([
    [
      'a mean',
      { source: emptySource('purchase') },
      'Mean total count of `purchase`, goal: increase',
    ],
    [
      'a mean of a property',
      { source: { ...emptySource('purchase', 'avg'), mathProperty: 'revenue' }, goal: 'decrease' },
      'Mean average `revenue` on `purchase`, goal: decrease',
    ],
    [
      'a funnel',
      {
        metricType: 'funnel',
        steps: [emptySource('a'), emptySource('b')],
        funnelOrderType: 'unordered',
      },
      'Funnel: exposure → `a` → `b` (any order), goal: increase',
    ],
    [
      'a ratio',
      { metricType: 'ratio', numerator: emptySource('a', 'dau'), denominator: emptySource('b') },
      'Ratio of unique users of `a` to total count of `b`, goal: increase',
    ],
    [
      'a retention metric with a window',
      {
        metricType: 'retention',
        startEvent: emptySource('a'),
        completionEvent: emptySource('b'),
        conversionWindow: 3,
        conversionWindowUnit: 'week',
      },
      'Retention: `a` then `b` 0–7 days later, within 3 weeks, goal: increase',
    ],
  ])('builds %s that PostHog accepts', (_case, changes, sentence) => {
    const metric = build(changes);
    expect(metricProblem(metric)).toBeNull();
    expect(describeMetric(metric)).toBe(sentence);
    expect(metric.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads an ActionsNode as its action, named after the node or by its id', () => {
    expect(metricToForm(REAL_METRICS[4]![1]).source).toMatchObject({
      event: '',
      action: { id: 4, name: 'Signed up' },
    });
    expect(metricToForm(REAL_METRICS[5]![1]).steps.map((step) => step.action)).toEqual([
      { id: 7, name: 'Action #7' },
      null,
    ]);
  });

  it.each<[string, Partial<MetricFormValues>, Record<string, unknown>, string]>([
    [
      'a mean of an action',
      { source: { ...emptySource(), action: PRICING } },
      { source: { kind: 'ActionsNode', id: 1, name: 'Visited pricing page', math: 'total' } },
      'Mean total count of action `Visited pricing page`, goal: increase',
    ],
    [
      'a funnel through an action',
      { metricType: 'funnel', steps: [{ ...emptySource(), action: PRICING }, emptySource('buy')] },
      {
        series: [
          { kind: 'ActionsNode', id: 1, name: 'Visited pricing page' },
          { kind: 'EventsNode', event: 'buy', name: 'buy' },
        ],
      },
      'Funnel: exposure → action `Visited pricing page` → `buy`, goal: increase',
    ],
    [
      'a ratio over an action',
      {
        metricType: 'ratio',
        numerator: { ...emptySource('', 'dau'), action: PRICING },
        denominator: emptySource('$pageview'),
      },
      {
        numerator: { kind: 'ActionsNode', id: 1, name: 'Visited pricing page', math: 'dau' },
        denominator: { kind: 'EventsNode', event: '$pageview', math: 'total' },
      },
      'Ratio of unique users of action `Visited pricing page` to total count of `$pageview`, goal: increase',
    ],
  ])('builds %s as an ActionsNode PostHog accepts', (_case, changes, nodes, sentence) => {
    const metric = build(changes);
    expect(metricProblem(metric)).toBeNull();
    expect(metric).toMatchObject(nodes);
    expect(describeMetric(metric)).toBe(sentence);
  });

  it('an event replacing an action starts a fresh EventsNode, and the other way round (its visible filters stay)', () => {
    const [, actionMean] = REAL_METRICS[4]!;
    const toEvent = metricToForm(actionMean);
    toEvent.source = { ...toEvent.source, event: 'purchase', action: null };
    expect(formToMetric(toEvent, actionMean).source).toEqual({
      kind: 'EventsNode',
      event: 'purchase',
      name: 'purchase',
      math: 'total',
    });

    const eventMean: MetricValue = {
      kind: 'ExperimentMetric',
      metric_type: 'mean',
      uuid: 'e-1',
      source: node('purchase', {
        properties: [{ key: 'plan', value: 'pro' }],
        math: 'sum',
        math_property: 'revenue',
      }),
    };
    const toAction = metricToForm(eventMean);
    toAction.source = { ...toAction.source, event: '', action: PRICING };
    expect(formToMetric(toAction, eventMean).source).toEqual({
      kind: 'ActionsNode',
      id: 1,
      name: 'Visited pricing page',
      math: 'sum',
      math_property: 'revenue',
      properties: [{ key: 'plan', value: 'pro' }],
    });
  });

  it('another action keeps the node’s filters and takes the new action’s name', () => {
    const [, actionMean] = REAL_METRICS[4]!;
    const form = metricToForm(actionMean);
    form.source = { ...form.source, action: PRICING };
    expect(formToMetric(form, actionMean).source).toEqual({
      kind: 'ActionsNode',
      id: 1,
      name: 'Visited pricing page',
      math: 'total',
      properties: [],
    });
  });

  it('drops the old type’s keys when the type changes and keeps the uuid', () => {
    const [, mean] = REAL_METRICS[1]!;
    const form = { ...metricToForm(mean), metricType: 'mean' as const, source: emptySource('x') };
    const changed = formToMetric(form, mean);
    expect(changed).not.toHaveProperty('series');
    expect(changed).not.toHaveProperty('funnel_order_type');
    expect(changed).toMatchObject({ uuid: 'f-1', metric_type: 'mean', name: 'Activation' });
  });

  it('names a node after its new event unless it had a custom name', () => {
    const form = metricToForm(REAL_METRICS[0]![1]);
    form.numerator = { ...form.numerator, event: 'signup' };
    form.denominator = {
      ...form.denominator,
      event: 'visit',
      node: node('$pageview', { name: 'Views' }),
    };
    const metric = formToMetric(form, REAL_METRICS[0]![1]);
    expect(metric.numerator).toMatchObject({ event: 'signup', name: 'signup' });
    expect(metric.denominator).toMatchObject({ event: 'visit', name: 'Views' });
  });
});

describe('metricFormIssues', () => {
  it.each<[string, Partial<MetricFormValues>, string]>([
    ['a mean without an event or an action', {}, 'source.event'],
    [
      'a property math without a property',
      { source: emptySource('a', 'sum') },
      'source.mathProperty',
    ],
    ['a funnel without steps', { metricType: 'funnel', steps: [] }, 'steps.root'],
    [
      'an empty funnel step',
      { metricType: 'funnel', steps: [emptySource('a'), emptySource()] },
      'steps.1.event',
    ],
    [
      'a retention window that ends before it starts',
      {
        metricType: 'retention',
        startEvent: emptySource('a'),
        completionEvent: emptySource('b'),
        retentionWindowStart: 7,
        retentionWindowEnd: 1,
      },
      'retentionWindowEnd',
    ],
  ])('flags %s', (_case, changes, path) => {
    const paths = metricFormIssues({ ...emptyMetricForm(), ...changes }).map((i) =>
      i.path.join('.'),
    );
    expect(paths).toContain(path);
  });

  it('takes an action instead of an event', () => {
    expect(metricFormIssues(emptyMetricForm())).toEqual([
      { path: ['source', 'event'], message: 'Choose an event or an action.' },
    ]);
    const form = { ...emptyMetricForm(), source: { ...emptySource(), action: PRICING } };
    expect(metricFormIssues(form)).toEqual([]);
  });
});

/** The funnel's steps as PostHog nodes, to read their filters. */
const stepsOf = (metric: MetricValue) =>
  (metric as unknown as { series: Record<string, unknown>[] }).series;

describe('metric filters in the dialog', () => {
  const filtered: MetricValue = REAL_METRICS.find(([name]) =>
    name.includes('filtered on the URL'),
  )![1];
  const filter = (key: string, operator: string, value: string) => ({ key, operator, value });

  it('reads each filter as a row, and the sentence says it', () => {
    expect(metricToForm(filtered).steps[0]?.properties).toEqual([
      filter('$current_url', 'icontains', '/home'),
    ]);
    expect(describeMetric(filtered)).toBe(
      'Funnel: exposure → `$pageview` where `$current_url` contains `/home` → `signup_started`, goal: increase',
    );
  });

  it('changes a value and an operator, keeping the filter’s type', () => {
    const form = metricToForm(filtered);
    form.steps[0]!.properties = [filter('$current_url', 'exact', 'https://shop.example/')];
    const [step] = stepsOf(formToMetric(form, filtered));
    expect(step?.properties).toEqual([
      { key: '$current_url', value: 'https://shop.example/', operator: 'exact', type: 'event' },
    ]);
  });

  it('adds a filter to a node that had none (an event property), and is-set needs no value', () => {
    const form = metricToForm(filtered);
    form.steps[1]!.properties = [filter('plan', 'is_set', '')];
    const [, step] = stepsOf(formToMetric(form, filtered));
    expect(step?.properties).toEqual([
      { key: 'plan', operator: 'is_set', value: 'is_set', type: 'event' },
    ]);
    expect(describeMetric(formToMetric(form, filtered))).toContain(
      '`signup_started` where `plan` is set',
    );
  });

  it('removes every filter (an empty list, as PostHog had the key)', () => {
    const form = metricToForm(filtered);
    form.steps[0]!.properties = [];
    const [step] = stepsOf(formToMetric(form, filtered));
    expect(step?.properties).toEqual([]);
  });

  it('a number compared with greater than is sent as a number', () => {
    const form = metricToForm(filtered);
    form.steps[1]!.properties = [filter('items', 'gt', '2')];
    const [, step] = stepsOf(formToMetric(form, filtered));
    expect(step?.properties).toEqual([{ key: 'items', operator: 'gt', value: 2, type: 'event' }]);
  });

  it('asks for the property name of a filter', () => {
    const form = {
      ...emptyMetricForm(),
      source: { ...emptySource('purchase'), properties: [filter(' ', 'exact', 'x')] },
    };
    expect(metricFormIssues(form)).toEqual([
      { path: ['source', 'properties', 0, 'key'], message: 'Name the property.' },
    ]);
  });
});
