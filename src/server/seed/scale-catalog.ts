import { CURRENT_USER_ID, demoUuid } from './base';
import type { Conclusion } from './demo-catalog';
import { M, type MetricBody } from './demo-metrics';
import { pick, seededRandom, UUID_KIND } from './seed-utils';

/**
 * Generated experiments for scale tests and benchmarks: plausible names, every state, spread over the past
 * year. Entry n is always the same (it is drawn from a PRNG seeded with n).
 */

const SURFACES = [
  'Checkout',
  'Pricing page',
  'Onboarding',
  'Search',
  'Homepage',
  'Cart',
  'Product page',
  'Sign-up',
  'Dashboard',
  'Settings',
  'Billing',
  'Mobile app',
  'Weekly email',
  'Notifications',
  'Help center',
  'Referral program',
];
const CHANGES = [
  'shorter copy',
  'social proof',
  'progress indicator',
  'sticky call to action',
  'inline validation',
  'one-click flow',
  'fewer steps',
  'video walkthrough',
  'contextual tips',
  'personalised recommendations',
  'new layout',
  'larger images',
  'default to annual',
  'urgency banner',
  'trust badges',
  'dark theme',
  'empty-state templates',
  'smart defaults',
];
const REGIONS = ['EU', 'US', 'APAC', 'LATAM', 'all regions', 'mobile web', 'desktop', 'new users'];

const METRIC_SETS: (() => { primary: MetricBody[]; secondary: MetricBody[] })[] = [
  () => ({ primary: [M.checkoutConversion()], secondary: [M.averageOrderValue()] }),
  () => ({ primary: [M.revenuePerUser()], secondary: [] }),
  () => ({ primary: [M.searchClickThrough()], secondary: [M.searchesPerUser()] }),
  () => ({ primary: [M.activation()], secondary: [M.week1Retention()] }),
  () => ({ primary: [M.week1Retention()], secondary: [M.helpViews()] }),
  () => ({ primary: [M.addToCartRate()], secondary: [M.purchasesPerUser()] }),
  () => ({ primary: [], secondary: [M.sessions()] }),
  () => ({ primary: [M.pricingToUpgrade()], secondary: [M.cancellations()] }),
];

const VARIANT_SETS: [string, number][][] = [
  [
    ['control', 50],
    ['test', 50],
  ],
  [
    ['control', 50],
    ['test', 50],
  ],
  [
    ['control', 70],
    ['test', 30],
  ],
  [
    ['control', 34],
    ['test-a', 33],
    ['test-b', 33],
  ],
  [
    ['control', 25],
    ['test-a', 25],
    ['test-b', 25],
    ['test-c', 25],
  ],
  [
    ['control', 20],
    ['a', 20],
    ['b', 20],
    ['c', 20],
    ['d', 20],
  ],
];

const CONCLUSIONS: (Conclusion | null)[] = [
  'won',
  'won',
  'lost',
  'inconclusive',
  'inconclusive',
  'stopped_early',
  'invalid',
  null,
];

export interface ScaleSpec {
  name: string;
  key: string;
  by: number;
  variants: [string, number][];
  primary: MetricBody[];
  secondary: MetricBody[];
  stats: Record<string, unknown> | null;
  /** Days before now, with fractions; each later step is strictly after the previous one. */
  created: number;
  launched: number | null;
  paused: number | null;
  ended: number | null;
  conclusion: Conclusion | null;
  comment: string | null;
  archived: number | null;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The n-th generated experiment (n ≥ 1). */
export function scaleSpec(n: number): ScaleSpec {
  const random = seededRandom(0x5ca1e + n * 7919);
  const surface = pick(random, SURFACES);
  const change = pick(random, CHANGES);
  const region = pick(random, REGIONS);
  const name = `${surface}: ${change} (${region}) #${n}`;
  const metrics = pick(random, METRIC_SETS)();
  const uuid = (j: number) => demoUuid(UUID_KIND.scaleMetric, n * 10 + j);
  const primary = metrics.primary.map((m, j) => ({ ...m, uuid: uuid(j) }));
  const secondary = metrics.secondary.map((m, j) => ({ ...m, uuid: uuid(5 + j) }));
  const created = 1 + random() * 364;
  const roll = random();
  // 25 % draft, 35 % running, 5 % paused, 27 % stopped, 8 % archived.
  const state =
    roll < 0.25
      ? 'draft'
      : roll < 0.6
        ? 'running'
        : roll < 0.65
          ? 'paused'
          : roll < 0.92
            ? 'stopped'
            : 'archived';
  // Each step takes a share of the time left before now, so the order always holds.
  const after = (from: number, share: number) => from - (from - 0.01) * share;
  const launched = state === 'draft' ? null : after(created, 0.05 + random() * 0.2);
  const paused = state === 'paused' && launched ? after(launched, 0.3 + random() * 0.6) : null;
  const ended =
    (state === 'stopped' || state === 'archived') && launched
      ? after(launched, 0.3 + random() * 0.6)
      : null;
  const conclusion = ended === null ? null : pick(random, CONCLUSIONS);
  const archived = state === 'archived' && ended ? after(ended, 0.2 + random() * 0.7) : null;
  const frequentist = random() < 0.3;
  return {
    name,
    key: `scale-${n}-${slug(`${surface} ${change}`)}`,
    by: random() < 0.4 ? CURRENT_USER_ID : 2 + Math.floor(random() * 4),
    variants: pick(random, VARIANT_SETS),
    primary,
    secondary,
    stats: frequentist ? { method: 'frequentist', frequentist: { alpha: 0.05 } } : null,
    created,
    launched,
    paused,
    ended,
    conclusion,
    comment: conclusion ? `${conclusion.replace('_', ' ')}: see the results notebook.` : null,
    archived,
  };
}
