import { DEMO_ACTIONS } from './demo-catalog';

/**
 * The behaviour the demo's people follow after their first exposure: a handful of rates ("knobs") per
 * journey, each metric of the catalog driven by one of them, so a story can say "Sign-up completion +11 %"
 * and the generator knows which rate to lift.
 */

/** Control rates. p* are probabilities, *Mean are Poisson means, aov is dollars per order. */
export const BASE_RATES = {
  // Sign-up and onboarding (exposure on the landing page or the sign-up form).
  'signup.start': 0.6,
  'signup.complete': 0.6,
  'signup.return': 0.45,
  'onboarding.step': 0.8,
  'onboarding.finish': 0.55,
  'onboarding.dashboard': 0.35,
  // Shopping (exposure on a product or checkout page).
  'commerce.views': 2.5,
  'commerce.cart': 0.3,
  'commerce.checkout': 0.7,
  'commerce.purchase': 0.75,
  'commerce.orders': 0.1,
  'commerce.repeat': 0.15,
  'commerce.aov': 60,
  'commerce.coupon': 0.2,
  // Pricing and billing.
  'pricing.cta': 1.2,
  'pricing.trial': 0.35,
  'pricing.subscribe': 0.45,
  'pricing.paid': 0.45,
  'pricing.upgrade': 0.35,
  'pricing.cancel': 0.1,
  // Search.
  'search.count': 2.5,
  'search.click': 0.45,
  'search.zero': 0.12,
  // Visits.
  'visits.sessions': 1.5,
  'visits.pages': 2.5,
  // Product engagement counts.
  'engage.exports': 0.8,
  'engage.help': 1,
  'engage.invites': 0.5,
  'engage.notifications': 1.5,
  'engage.dashboards': 0.9,
} as const;

export type Knob = keyof typeof BASE_RATES;
export type Rates = Record<Knob, number>;
export type Journey = 'signup' | 'commerce' | 'pricing' | 'search' | 'visits' | 'engage';

export const journeyOf = (knob: Knob): Journey =>
  (knob.startsWith('onboarding') ? 'signup' : knob.split('.')[0]) as Journey;

/** The rate each catalog metric (by name, as demo-metrics.ts names them) moves with. */
export const METRIC_KNOBS: Record<string, Knob> = {
  'Sign-up completion': 'signup.complete',
  'Landing to sign-up start': 'signup.start',
  'Week-1 retention': 'signup.return',
  Activation: 'onboarding.finish',
  'Came back to build a dashboard': 'onboarding.dashboard',
  'Checkout conversion': 'commerce.purchase',
  'Cart to purchase': 'commerce.purchase',
  'Purchases per user': 'commerce.purchase',
  'Revenue per user': 'commerce.purchase',
  'Add to cart per product view': 'commerce.cart',
  'Add to cart per user': 'commerce.cart',
  'Average order value': 'commerce.aov',
  'Repeat purchase': 'commerce.repeat',
  'Coupons applied': 'commerce.coupon',
  'Pricing page to upgrade': 'pricing.upgrade',
  Upgrades: 'pricing.upgrade',
  'Pricing page to trial': 'pricing.trial',
  'CTA click to subscription': 'pricing.subscribe',
  'Trial to paid': 'pricing.paid',
  'Primary CTA clicks': 'pricing.cta',
  Cancellations: 'pricing.cancel',
  'Search click-through rate': 'search.click',
  'Searches per user': 'search.count',
  'Sessions per user': 'visits.sessions',
  'Pages per session': 'visits.pages',
  'Reports exported': 'engage.exports',
  'Help article views': 'engage.help',
  'Invites sent per user': 'engage.invites',
  'Notification clicks': 'engage.notifications',
  'Dashboards created': 'engage.dashboards',
};

/** Resolves a story's lift key (a metric name or a rate) to its rate; a typo fails the seed. */
export function knobOf(key: string): Knob {
  const knob = METRIC_KNOBS[key] ?? (key in BASE_RATES ? (key as Knob) : undefined);
  if (!knob) throw new Error(`Demo stories: "${key}" is neither a demo metric nor a rate`);
  return knob;
}

const SOURCE_KEYS = [
  'source',
  'numerator',
  'denominator',
  'start_event',
  'completion_event',
] as const;

/** Every event name a metric reads (its source, steps, ratio parts or retention events). */
export function metricEvents(metric: Record<string, unknown>): string[] {
  const sources = [
    ...SOURCE_KEYS.map((key) => metric[key]),
    ...((metric.series as unknown[] | undefined) ?? []),
  ].filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
  return sources.flatMap((source) => {
    if (source.kind === 'ActionsNode') {
      const action = DEMO_ACTIONS.find((a) => a.id === source.id);
      return (action?.steps ?? []).map((step) => step.event);
    }
    return typeof source.event === 'string' ? [source.event] : [];
  });
}
