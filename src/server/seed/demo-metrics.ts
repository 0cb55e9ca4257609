/**
 * Metric builders for the seeds: PostHog `ExperimentMetric` bodies (contract §2.7) as a product team writes
 * them. Uuids are left out; the seeder gives each one a deterministic uuid.
 */

export type MetricBody = Record<string, unknown>;
type Source = Record<string, unknown>;

export const event = (name: string, extra: Record<string, unknown> = {}): Source => ({
  kind: 'EventsNode',
  event: name,
  name,
  ...extra,
});

export const action = (id: number, name: string): Source => ({ kind: 'ActionsNode', id, name });

export const urlContains = (value: string) => [
  { key: '$current_url', value, operator: 'icontains', type: 'event' },
];

type Goal = 'increase' | 'decrease';
interface Common {
  goal?: Goal;
  conversion_window?: number;
  conversion_window_unit?: 'hour' | 'day' | 'week';
}

const base = (name: string, common: Common) => ({
  kind: 'ExperimentMetric',
  name,
  goal: common.goal ?? 'increase',
  ...(common.conversion_window
    ? {
        conversion_window: common.conversion_window,
        conversion_window_unit: common.conversion_window_unit ?? 'day',
      }
    : {}),
});

export function mean(
  name: string,
  source: Source,
  options: Common & {
    lower_bound_percentile?: number;
    upper_bound_percentile?: number;
    ignore_zeros?: boolean;
  } = {},
): MetricBody {
  const { goal, conversion_window, conversion_window_unit, ...extra } = options;
  return {
    ...base(name, { goal, conversion_window, conversion_window_unit }),
    metric_type: 'mean',
    source,
    ...extra,
  };
}

export function funnel(
  name: string,
  series: Source[],
  options: Common & { funnel_order_type?: 'strict' | 'unordered' | 'ordered' } = {},
): MetricBody {
  return {
    ...base(name, { conversion_window: 14, ...options }),
    metric_type: 'funnel',
    series,
    funnel_order_type: options.funnel_order_type ?? 'ordered',
  };
}

export function ratio(
  name: string,
  numerator: Source,
  denominator: Source,
  options: Common = {},
): MetricBody {
  return { ...base(name, options), metric_type: 'ratio', numerator, denominator };
}

export function retention(
  name: string,
  startEvent: Source,
  completionEvent: Source,
  window: { start: number; end: number; unit: 'day' | 'week' },
  options: Common & { start_handling?: 'first_seen' | 'last_seen' } = {},
): MetricBody {
  return {
    ...base(name, options),
    metric_type: 'retention',
    start_event: startEvent,
    completion_event: completionEvent,
    retention_window_start: window.start,
    retention_window_end: window.end,
    retention_window_unit: window.unit,
    start_handling: options.start_handling ?? 'first_seen',
  };
}

/** The metrics product teams reach for again and again. Functions, so every use is a fresh object. */
export const M = {
  checkoutConversion: () =>
    funnel('Checkout conversion', [event('checkout_started'), event('purchase_completed')], {
      conversion_window: 7,
    }),
  cartToPurchase: () =>
    funnel('Cart to purchase', [
      event('add_to_cart'),
      event('checkout_started'),
      event('purchase_completed'),
    ]),
  signupConversion: () =>
    funnel('Sign-up completion', [event('signup_started'), event('signup_completed')], {
      conversion_window: 1,
    }),
  landingToSignup: () =>
    funnel('Landing to sign-up start', [
      event('$pageview', { properties: urlContains('/home') }),
      event('signup_started'),
    ]),
  activation: () =>
    funnel('Activation', [
      event('signup_completed'),
      event('onboarding_step_completed'),
      event('onboarding_completed'),
    ]),
  pricingToUpgrade: () =>
    funnel('Pricing page to upgrade', [
      event('$pageview', { properties: urlContains('/pricing') }),
      event('subscription_upgraded'),
    ]),
  pricingToTrial: () =>
    funnel('Pricing page to trial', [action(1, 'Visited pricing page'), event('trial_started')]),
  ctaToSubscription: () =>
    funnel('CTA click to subscription', [
      action(2, 'Clicked primary CTA'),
      event('subscription_started'),
    ]),
  revenuePerUser: () =>
    mean(
      'Revenue per user',
      event('purchase_completed', { math: 'sum', math_property: 'revenue' }),
      {
        lower_bound_percentile: 0.01,
        upper_bound_percentile: 0.99,
      },
    ),
  purchasesPerUser: () =>
    mean('Purchases per user', event('purchase_completed', { math: 'total' }), {
      conversion_window: 14,
    }),
  addToCartPerUser: () => mean('Add to cart per user', event('add_to_cart', { math: 'total' })),
  searchesPerUser: () =>
    mean('Searches per user', event('search_performed', { math: 'total' }), { ignore_zeros: true }),
  invitesPerUser: () =>
    mean('Invites sent per user', event('invite_sent', { math: 'total' }), {
      conversion_window: 7,
    }),
  dashboardsPerUser: () =>
    mean('Dashboards created', event('dashboard_created', { math: 'total' })),
  exportsPerUser: () => mean('Reports exported', event('report_exported', { math: 'total' })),
  helpViews: () =>
    mean('Help article views', event('help_article_viewed', { math: 'total' }), {
      goal: 'decrease',
    }),
  cancellations: () =>
    mean('Cancellations', event('subscription_cancelled', { math: 'total' }), {
      goal: 'decrease',
      conversion_window: 30,
    }),
  notificationClicks: () =>
    mean('Notification clicks', event('notification_clicked', { math: 'total' })),
  couponUse: () => mean('Coupons applied', event('coupon_applied', { math: 'total' })),
  upgradesPerUser: () =>
    mean('Upgrades', event('subscription_upgraded', { math: 'total' }), { conversion_window: 30 }),
  sessions: () => mean('Sessions per user', event('$pageview', { math: 'unique_session' })),
  ctaClicks: () => mean('Primary CTA clicks', action(2, 'Clicked primary CTA')),
  averageOrderValue: () =>
    ratio(
      'Average order value',
      event('purchase_completed', { math: 'sum', math_property: 'revenue' }),
      event('purchase_completed', { math: 'total' }),
    ),
  addToCartRate: () =>
    ratio(
      'Add to cart per product view',
      event('add_to_cart', { math: 'total' }),
      event('product_viewed', { math: 'total' }),
    ),
  searchClickThrough: () =>
    ratio(
      'Search click-through rate',
      event('search_result_clicked', { math: 'total' }),
      event('search_performed', { math: 'total' }),
    ),
  pagesPerSession: () =>
    ratio(
      'Pages per session',
      event('$pageview', { math: 'total' }),
      event('$pageview', { math: 'unique_session' }),
    ),
  week1Retention: () =>
    retention(
      'Week-1 retention',
      event('signup_completed'),
      event('$pageview'),
      { start: 1, end: 7, unit: 'day' },
      {},
    ),
  dashboardRetention: () =>
    retention(
      'Came back to build a dashboard',
      event('onboarding_completed'),
      event('dashboard_created'),
      { start: 1, end: 4, unit: 'week' },
      { start_handling: 'last_seen' },
    ),
  trialToPaid: () =>
    retention('Trial to paid', event('trial_started'), event('subscription_started'), {
      start: 0,
      end: 30,
      unit: 'day',
    }),
  repeatPurchase: () =>
    retention('Repeat purchase', event('purchase_completed'), event('purchase_completed'), {
      start: 7,
      end: 35,
      unit: 'day',
    }),
};
