import { describe, expect, it } from 'vitest';
import { describeMeasure, describeMetric, describeSource } from './metric-sentence';

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'EventsNode',
  event: name,
  ...extra,
});

describe('describeMetric', () => {
  it.each([
    [
      'mean with total count',
      { metric_type: 'mean', source: event('purchase', { math: 'total' }), goal: 'increase' },
      'Mean total count of `purchase`, goal: increase',
    ],
    [
      'mean without math reads as total count',
      { metric_type: 'mean', source: event('purchase') },
      'Mean total count of `purchase`, goal: increase',
    ],
    [
      'mean with property math and a window',
      {
        metric_type: 'mean',
        source: event('purchase_completed', { math: 'sum', math_property: 'revenue' }),
        goal: 'increase',
        conversion_window: 7,
        conversion_window_unit: 'day',
      },
      'Mean sum of `revenue` on `purchase_completed`, within 7 days, goal: increase',
    ],
    [
      'funnel with order type',
      {
        metric_type: 'funnel',
        series: [event('checkout_started'), event('purchase_completed')],
        funnel_order_type: 'strict',
        goal: 'increase',
      },
      'Funnel: exposure → `checkout_started` → `purchase_completed` (strict order), goal: increase',
    ],
    [
      'ratio with math on both sides',
      {
        metric_type: 'ratio',
        numerator: event('$pageview', { math: 'dau' }),
        denominator: event('$pageview', { math: 'total' }),
        goal: 'decrease',
      },
      'Ratio of unique users of `$pageview` to total count of `$pageview`, goal: decrease',
    ],
    [
      'retention',
      {
        metric_type: 'retention',
        start_event: event('signup_completed'),
        completion_event: event('$pageview'),
        retention_window_start: 1,
        retention_window_end: 7,
        retention_window_unit: 'day',
        start_handling: 'first_seen',
      },
      'Retention: `signup_completed` then `$pageview` 1–7 days later, goal: increase',
    ],
    [
      'unknown metric kinds',
      { kind: 'ExperimentTrendsQuery' },
      'Unsupported metric (ExperimentTrendsQuery), goal: increase',
    ],
  ])('%s', (_case, metric, sentence) => {
    expect(describeMetric(metric)).toBe(sentence);
  });
});

describe('describeSource and describeMeasure', () => {
  it.each([
    [{ kind: 'ActionsNode', id: 5 }, 'action #5'],
    [{ kind: 'ActionsNode', id: 5, name: 'Signed up' }, 'action `Signed up`'],
    [{ kind: 'EventsNode', event: null }, 'any event'],
    [null, 'an event'],
  ])('names %j as %s', (node, text) => {
    expect(describeSource(node)).toBe(text);
  });

  it.each([
    ['avg', 'average `amount` on `pay`'],
    ['min', 'minimum `amount` on `pay`'],
    ['max', 'maximum `amount` on `pay`'],
    ['unique_session', 'unique sessions with `pay`'],
  ])('reads math %s', (math, text) => {
    expect(describeMeasure(event('pay', { math, math_property: 'amount' }))).toBe(text);
  });
});

describe('filters in the sentence', () => {
  it.each([
    [
      'contains',
      event('$pageview', {
        properties: [{ key: '$current_url', operator: 'icontains', value: '/home' }],
      }),
      '`$pageview` where `$current_url` contains `/home`',
    ],
    [
      'several filters, a list of values and a value-less operator',
      event('purchase', {
        properties: [
          { key: 'plan', operator: 'exact', value: ['pro', 'team'] },
          { key: 'coupon', operator: 'is_not_set', value: 'is_not_set' },
        ],
      }),
      '`purchase` where `plan` equals `pro` or `team` and `coupon` is not set',
    ],
    [
      'an operator this console has no words for reads as itself',
      event('purchase', { properties: [{ key: 'total', operator: 'between', value: [1, 5] }] }),
      '`purchase` where `total` between `1` or `5`',
    ],
    [
      'an action',
      {
        kind: 'ActionsNode',
        id: 3,
        name: 'Signed up',
        properties: [{ key: 'plan', value: 'pro' }],
      },
      'action `Signed up` where `plan` equals `pro`',
    ],
    ['an empty filter list', event('purchase', { properties: [] }), '`purchase`'],
  ])('%s', (_case, node, expected) => {
    expect(describeSource(node)).toBe(expected);
  });
});
