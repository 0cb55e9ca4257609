import { M, mean, event, retention, type MetricBody } from './demo-metrics';

/**
 * The demo project's content: what an e-commerce + SaaS product team would have in PostHog after half a
 * year of experimenting. Dates are "days before now"; demo.ts turns them into real history.
 */

export interface DemoEventDefinition {
  name: string;
  description: string;
  verified?: boolean;
  hidden?: boolean;
  tags?: string[];
  /** How long ago the event was last ingested, in minutes. */
  lastSeenMinutesAgo: number;
}

export const DEMO_EVENTS: DemoEventDefinition[] = [
  {
    name: '$pageview',
    description: 'Automatically captured when a page loads.',
    verified: true,
    lastSeenMinutesAgo: 1,
  },
  {
    name: '$pageleave',
    description: 'Automatically captured when a page is left.',
    lastSeenMinutesAgo: 1,
  },
  {
    name: '$autocapture',
    description: 'Clicks, form submissions and changes captured by autocapture.',
    lastSeenMinutesAgo: 1,
  },
  {
    name: '$identify',
    description: 'A person was identified (signed in or signed up).',
    lastSeenMinutesAgo: 3,
  },
  {
    name: '$screen',
    description: 'Screen view in the iOS and Android apps.',
    tags: ['mobile'],
    lastSeenMinutesAgo: 2,
  },
  {
    name: '$feature_flag_called',
    description: 'A feature flag was evaluated; the default exposure event of experiments.',
    verified: true,
    lastSeenMinutesAgo: 1,
  },
  {
    name: 'signup_started',
    description: 'The sign-up form was opened.',
    tags: ['growth'],
    lastSeenMinutesAgo: 6,
  },
  {
    name: 'signup_completed',
    description: 'An account was created (any sign-up method).',
    verified: true,
    tags: ['growth'],
    lastSeenMinutesAgo: 9,
  },
  {
    name: 'login_completed',
    description: 'A person signed in.',
    lastSeenMinutesAgo: 2,
  },
  {
    name: 'onboarding_step_completed',
    description: 'One onboarding step was finished; `step` holds its number, `step_name` its name.',
    verified: true,
    tags: ['growth', 'onboarding'],
    lastSeenMinutesAgo: 14,
  },
  {
    name: 'onboarding_completed',
    description: 'Every onboarding step was finished.',
    tags: ['onboarding'],
    lastSeenMinutesAgo: 41,
  },
  {
    name: 'search_performed',
    description: 'A search was run; `query` and `results_count` are set.',
    verified: true,
    tags: ['discovery'],
    lastSeenMinutesAgo: 1,
  },
  {
    name: 'search_result_clicked',
    description: 'A search result was opened; `position` is 1-based.',
    tags: ['discovery'],
    lastSeenMinutesAgo: 2,
  },
  {
    name: 'product_viewed',
    description: 'A product detail page was viewed.',
    tags: ['commerce'],
    lastSeenMinutesAgo: 1,
  },
  {
    name: 'add_to_cart',
    description: 'A product was added to the cart; `revenue` is the line total.',
    verified: true,
    tags: ['commerce'],
    lastSeenMinutesAgo: 2,
  },
  {
    name: 'checkout_started',
    description: 'The checkout was opened with at least one item.',
    verified: true,
    tags: ['commerce'],
    lastSeenMinutesAgo: 4,
  },
  {
    name: 'purchase_completed',
    description: 'Payment succeeded. `revenue` is the order total in USD.',
    verified: true,
    tags: ['commerce', 'revenue'],
    lastSeenMinutesAgo: 5,
  },
  {
    name: 'coupon_applied',
    description: 'A coupon code was accepted at checkout.',
    tags: ['commerce'],
    lastSeenMinutesAgo: 37,
  },
  {
    name: 'trial_started',
    description: 'A free trial of a paid plan began.',
    tags: ['billing'],
    lastSeenMinutesAgo: 55,
  },
  {
    name: 'subscription_started',
    description: 'A paid subscription began (from trial or directly).',
    verified: true,
    tags: ['billing', 'revenue'],
    lastSeenMinutesAgo: 73,
  },
  {
    name: 'subscription_upgraded',
    description: 'A subscription moved to a higher plan.',
    verified: true,
    tags: ['billing', 'revenue'],
    lastSeenMinutesAgo: 128,
  },
  {
    name: 'subscription_cancelled',
    description: 'A subscription was cancelled; `reason` comes from the exit survey.',
    tags: ['billing'],
    lastSeenMinutesAgo: 240,
  },
  {
    name: 'invite_sent',
    description: 'A teammate was invited to the workspace.',
    tags: ['growth'],
    lastSeenMinutesAgo: 12,
  },
  {
    name: 'dashboard_created',
    description: 'A new dashboard was saved.',
    lastSeenMinutesAgo: 19,
  },
  {
    name: 'report_exported',
    description: 'A report was exported as CSV or PDF.',
    lastSeenMinutesAgo: 95,
  },
  {
    name: 'help_article_viewed',
    description: 'A help-center article was opened (in the app or on the docs site).',
    tags: ['support'],
    lastSeenMinutesAgo: 8,
  },
  {
    name: 'notification_clicked',
    description: 'An in-app or email notification was clicked.',
    lastSeenMinutesAgo: 26,
  },
  {
    name: 'legacy_checkout_clicked',
    description: 'Old checkout button, replaced by the one-page checkout. Kept for history.',
    hidden: true,
    tags: ['deprecated'],
    lastSeenMinutesAgo: 60 * 24 * 112,
  },
];

const clickOn = (text: string) => ({
  event: '$autocapture',
  properties: [{ key: '$el_text', value: text, operator: 'exact', type: 'event' }],
});

/** Rows of the `actions` table, with PostHog's action steps; experiment metrics reference ids 1 and 2. */
export const DEMO_ACTIONS = [
  {
    id: 1,
    name: 'Visited pricing page',
    deleted: false,
    steps: [{ event: '$pageview', url: '/pricing', url_matching: 'contains' }],
  },
  { id: 2, name: 'Clicked primary CTA', deleted: false, steps: [clickOn('Get started')] },
  {
    id: 3,
    name: 'Activated account (any key action)',
    deleted: false,
    steps: [{ event: 'onboarding_completed' }, { event: 'dashboard_created' }],
  },
  { id: 4, name: 'Clicked old sign-up button', deleted: true, steps: [clickOn('Sign up')] },
];

export interface DemoHoldout {
  name: string;
  description: string;
  percent: number;
  by: number;
  createdDaysAgo: number;
}

export const DEMO_HOLDOUTS: DemoHoldout[] = [
  {
    name: 'Q4 global holdout',
    description:
      'Keeps 10 % of users on the pre-Q4 experience to measure the combined effect of every Q4 launch.',
    percent: 10,
    by: 1,
    createdDaysAgo: 176,
  },
  {
    name: 'Onboarding 2.0 long-term holdout',
    description: 'Measures whether the new onboarding still pays off after three months.',
    percent: 5,
    by: 4,
    createdDaysAgo: 120,
  },
  {
    name: 'Pricing experiments holdout',
    description: 'Never sees a pricing test, so revenue effects can be added up honestly.',
    percent: 20,
    by: 5,
    createdDaysAgo: 90,
  },
];

export interface DemoSavedMetric {
  name: string;
  description: string;
  tags: string[];
  query: MetricBody;
  by: number;
  createdDaysAgo: number;
}

export const DEMO_SAVED_METRICS: DemoSavedMetric[] = [
  {
    name: 'Revenue per user',
    description: 'Sum of `revenue` on purchase_completed, winsorised at the 1st/99th percentile.',
    tags: ['revenue', 'north-star'],
    query: M.revenuePerUser(),
    by: 3,
    createdDaysAgo: 174,
  },
  {
    name: 'Checkout conversion',
    description: 'Checkout started → purchase completed within 7 days.',
    tags: ['commerce'],
    query: M.checkoutConversion(),
    by: 1,
    createdDaysAgo: 171,
  },
  {
    name: 'Average order value',
    description: 'Revenue divided by number of purchases.',
    tags: ['revenue'],
    query: M.averageOrderValue(),
    by: 3,
    createdDaysAgo: 150,
  },
  {
    name: 'Week-1 retention',
    description: 'New sign-ups who come back on days 1–7.',
    tags: ['retention', 'north-star'],
    query: M.week1Retention(),
    by: 2,
    createdDaysAgo: 140,
  },
  {
    name: 'Support load',
    description: 'Help-article views per user; lower is better.',
    tags: ['support', 'guardrail'],
    query: M.helpViews(),
    by: 4,
    createdDaysAgo: 60,
  },
];

/** Index into DEMO_SAVED_METRICS (0-based) or DEMO_HOLDOUTS (0-based). */
export const SAVED = {
  revenue: 0,
  checkout: 1,
  aov: 2,
  retention: 3,
  support: 4,
} as const;
export const HOLDOUT = { q4: 0, onboarding: 1, pricing: 2 } as const;

export type Conclusion = 'won' | 'lost' | 'inconclusive' | 'stopped_early' | 'invalid';

/** What happened to an experiment, in days before now (each step strictly after the previous one). */
export interface DemoLife {
  created: number;
  /** A PATCH after creation (description touched up). */
  edited?: number;
  launched?: number;
  paused?: number;
  resumed?: number;
  ended?: number;
  conclusion?: Conclusion;
  comment?: string;
  /** Ship this variant at `ended` (through ship_variant, which also ends it). */
  ship?: string;
  archived?: number;
}

export type Stats = 'bayes90' | 'bayes95' | 'freq90' | 'freq95' | 'freq99';

export interface DemoExperiment {
  name: string;
  key: string;
  /** Creator: user id 1–5 (1 is the signed-in user). */
  by: number;
  /** One or two sentences; null leaves the description empty. */
  hypothesis: string | null;
  notes?: string;
  /** [key, split %, optional description]; control first. */
  variants: [string, number, string?][];
  primary?: MetricBody[];
  secondary?: MetricBody[];
  saved?: { metric: number; type: 'primary' | 'secondary' }[];
  holdout?: number;
  stats?: Stats;
  mde?: number;
  rollout?: number;
  type?: 'web' | 'product';
  exposure?: Record<string, unknown>;
  payloads?: Record<string, string>;
  continuity?: boolean;
  allowUnknownEvents?: boolean;
  /** Make this a copy (duplicate action) of the experiment with this flag key. */
  duplicateOf?: string;
  life: DemoLife;
  /** The signed-in user may only view it. */
  viewer?: boolean;
}

const AB = (test = 'test', testSplit = 50): [string, number, string?][] => [
  ['control', 100 - testSplit, 'Current experience'],
  [test, testSplit],
];

const pageviewExposure = (url: string) => ({
  filterTestAccounts: true,
  exposure_config: {
    kind: 'ExperimentEventExposureConfig',
    event: '$pageview',
    properties: [{ key: '$current_url', value: url, operator: 'icontains', type: 'event' }],
  },
  multiple_variant_handling: 'first_seen',
});

const LONG_NAME_1 =
  'Reduce time-to-first-value for teams that sign up through a partner integration by pre-populating a sample dashboard with data imported from the connected source, instead of the empty-state tutorial most of them skip';
const LONG_NAME_2 =
  'Checkout address form: split the single free-text address field into structured street, city, postcode and country fields with autocomplete, and validate postcodes inline before the shipping step';
const LONG_NAME_3 =
  "Q3 retention push: send a personalised 'here is what you missed' email with the three most viewed dashboards of the workspace to users who have been inactive for fourteen days or more, and measure whether they come back within a week";

export const DEMO_EXPERIMENTS: DemoExperiment[] = [
  // ---- Archived (stopped long ago, tidied away) ----
  {
    name: 'Holiday countdown timer on product pages',
    key: 'holiday-countdown-timer',
    by: 5,
    hypothesis:
      'A visible countdown to the last shipping day creates urgency and lifts add-to-cart during the holidays.',
    variants: AB('countdown'),
    primary: [M.addToCartRate()],
    secondary: [M.revenuePerUser()],
    type: 'web',
    life: {
      created: 178,
      launched: 172,
      ended: 150,
      conclusion: 'won',
      comment: '+6.7 % add-to-cart (95 % credible). Reuse next season.',
      archived: 140,
    },
  },
  {
    name: 'Legacy checkout button colour',
    key: 'legacy-checkout-button-color',
    by: 4,
    hypothesis: 'An orange checkout button stands out more than the grey one.',
    variants: AB('orange'),
    primary: [M.ctaClicks()],
    life: {
      created: 175,
      launched: 170,
      ended: 160,
      conclusion: 'invalid',
      comment:
        'The button was replaced by the one-page checkout mid-test; results are meaningless.',
      archived: 158,
    },
  },
  {
    name: 'Sign up with Google One Tap',
    key: 'google-one-tap-signup',
    by: 1,
    hypothesis:
      'Offering Google One Tap on the landing page removes the form for most visitors and lifts sign-ups.',
    notes:
      'Needs the `accounts.google.com` script only for the test group; check CSP before launch.',
    variants: AB('one-tap'),
    primary: [M.signupConversion()],
    secondary: [M.week1Retention()],
    stats: 'freq95',
    life: {
      created: 170,
      launched: 165,
      ended: 135,
      ship: 'one-tap',
      conclusion: 'won',
      comment: 'Sign-up completion +11 % (p < 0.01), no change in week-1 retention. Shipped.',
      archived: 120,
    },
  },
  {
    name: 'Black Friday countdown banner',
    key: 'black-friday-banner',
    by: 1,
    hypothesis: 'A site-wide banner with the sale end time converts browsers into buyers.',
    variants: AB('banner'),
    primary: [M.checkoutConversion()],
    secondary: [M.averageOrderValue()],
    holdout: HOLDOUT.q4,
    life: {
      created: 168,
      launched: 160,
      ended: 146,
      conclusion: 'won',
      comment: 'Checkout conversion +5.7 %. AOV unchanged.',
      archived: 30,
    },
  },
  {
    name: 'Pricing page FAQ accordion',
    key: 'pricing-faq-accordion',
    by: 5,
    hypothesis: 'Answering the top five billing questions on the pricing page reduces hesitation.',
    variants: AB('accordion'),
    primary: [M.pricingToTrial()],
    secondary: [M.helpViews()],
    life: {
      created: 165,
      launched: 160,
      ended: 140,
      conclusion: 'inconclusive',
      comment: 'No measurable difference after three weeks; keeping the accordion for SEO anyway.',
      archived: 100,
    },
  },
  {
    name: 'Newsletter pop-up delay',
    key: 'newsletter-popup-delay',
    by: 3,
    hypothesis:
      'Showing the newsletter pop-up after 30 s instead of on load annoys fewer visitors.',
    variants: [
      ['control', 34, 'On load'],
      ['delay-30s', 33],
      ['exit-intent', 33],
    ],
    primary: [M.pagesPerSession()],
    type: 'web',
    life: {
      created: 155,
      launched: 150,
      ended: 128,
      conclusion: 'lost',
      comment: 'Both variants lost 18–25 % of newsletter sign-ups with no gain in engagement.',
      archived: 90,
    },
  },
  {
    name: 'Sidebar navigation redesign',
    key: 'sidebar-navigation-redesign',
    by: 2,
    hypothesis: 'Grouping the sidebar by task instead of by object type helps people find reports.',
    variants: AB('task-groups'),
    primary: [M.exportsPerUser()],
    secondary: [M.helpViews()],
    life: { created: 145, launched: 139, ended: 100, archived: 80 },
  },
  {
    name: LONG_NAME_3,
    key: 'q3-winback-email',
    by: 4,
    hypothesis:
      'Reminding dormant users of the dashboards their team relies on brings them back more often than a generic "we miss you" email.',
    variants: AB('personalised'),
    primary: [M.sessions()],
    secondary: [M.week1Retention()],
    life: {
      created: 135,
      launched: 128,
      ended: 98,
      conclusion: 'stopped_early',
      comment:
        'Unsubscribe rate doubled in the first week; stopped to protect the sender reputation.',
      archived: 70,
    },
  },

  // ---- Stopped ----
  {
    name: 'One-page checkout',
    key: 'one-page-checkout',
    by: 1,
    hypothesis:
      'Collapsing shipping, payment and review into one page removes two page loads and lifts checkout conversion.',
    notes: '[Design spec](https://example.com/design/one-page-checkout) · owner: Alex',
    variants: AB('one-page'),
    primary: [M.checkoutConversion()],
    secondary: [M.averageOrderValue()],
    saved: [{ metric: SAVED.revenue, type: 'secondary' }],
    holdout: HOLDOUT.q4,
    mde: 3,
    life: {
      created: 160,
      launched: 152,
      ended: 118,
      ship: 'one-page',
      conclusion: 'won',
      comment:
        'Checkout conversion +7.4 % (95 % credible interval 3.2–11.7 %), AOV flat. Shipped to 100 %.',
    },
  },
  {
    name: 'Remove monthly plan from pricing page',
    key: 'annual-only-pricing',
    by: 1,
    hypothesis: 'Showing only annual plans raises the share of annual subscriptions.',
    variants: AB('annual-only'),
    primary: [M.ctaToSubscription()],
    secondary: [M.cancellations()],
    stats: 'freq99',
    life: {
      created: 140,
      launched: 133,
      ended: 110,
      conclusion: 'lost',
      comment: 'Subscriptions −17 %: people who wanted monthly left instead of committing.',
    },
  },
  {
    name: 'Free shipping threshold banner',
    key: 'free-shipping-banner',
    by: 4,
    hypothesis: 'Telling shoppers how far they are from free shipping raises basket size.',
    variants: AB('progress-banner'),
    primary: [M.averageOrderValue()],
    secondary: [M.checkoutConversion()],
    life: {
      created: 130,
      launched: 125,
      ended: 95,
      conclusion: 'lost',
      comment: 'AOV +1 % but checkout conversion −9 %; net revenue down.',
    },
  },
  {
    name: 'Annual plan discount badge',
    key: 'annual-discount-badge',
    by: 5,
    hypothesis: 'A "2 months free" badge on the annual toggle makes the saving obvious.',
    variants: AB('badge'),
    primary: [M.pricingToUpgrade()],
    stats: 'freq95',
    holdout: HOLDOUT.pricing,
    life: {
      created: 88,
      launched: 84,
      ended: 60,
      conclusion: 'won',
      comment:
        'Upgrades from the pricing page +7.6 % (p = 0.001). Badge stays; re-run planned with copy variants.',
    },
  },
  {
    name: 'Search typo tolerance',
    key: 'search-typo-tolerance',
    by: 2,
    hypothesis:
      'Fuzzy matching returns results for misspelled queries and reduces zero-result searches.',
    variants: AB('fuzzy', 30),
    primary: [M.searchClickThrough()],
    secondary: [M.searchesPerUser(), M.purchasesPerUser()],
    life: {
      created: 110,
      launched: 104,
      ended: 76,
      ship: 'fuzzy',
      conclusion: 'won',
      comment: 'CTR +10.5 %, zero-result searches −40 %.',
    },
  },
  {
    name: 'Onboarding welcome video',
    key: 'onboarding-welcome-video',
    by: 3,
    hypothesis: 'A 60-second welcome video explains the core workflow better than three tooltips.',
    variants: AB('video'),
    primary: [M.activation()],
    secondary: [M.dashboardRetention()],
    holdout: HOLDOUT.onboarding,
    life: {
      created: 100,
      launched: 95,
      ended: 60,
      conclusion: 'won',
      comment: 'Activation +7.2 pp.',
    },
  },
  {
    name: 'Homepage headline personalisation',
    key: 'homepage-headline-personalization',
    by: 5,
    hypothesis:
      'Naming the visitor’s industry in the headline makes the product feel built for them.',
    variants: AB('by-industry'),
    primary: [M.landingToSignup()],
    type: 'web',
    life: {
      created: 95,
      launched: 90,
      ended: 78,
      conclusion: 'invalid',
      comment:
        'Sample ratio mismatch (58/42): the industry lookup timed out and fell back to control.',
    },
  },
  {
    name: 'Mandatory phone number at sign-up',
    key: 'signup-phone-required',
    by: 3,
    hypothesis: 'Asking for a phone number up front improves lead quality for the sales team.',
    variants: AB('phone-required'),
    primary: [M.signupConversion()],
    secondary: [M.trialToPaid()],
    stats: 'freq95',
    life: {
      created: 85,
      launched: 80,
      ended: 66,
      conclusion: 'lost',
      comment: 'Sign-up completion −20 %. Not worth it; sales will enrich leads instead.',
    },
  },
  {
    name: 'Save for later in the cart',
    key: 'cart-save-for-later',
    by: 4,
    hypothesis:
      'Letting people park items instead of deleting them brings more of them back to buy.',
    variants: AB('save-for-later'),
    primary: [M.purchasesPerUser()],
    secondary: [M.repeatPurchase()],
    life: {
      created: 75,
      launched: 70,
      ended: 40,
      conclusion: 'won',
      comment: 'Purchases per user +10 %; repeat purchases up as well.',
    },
  },
  {
    name: 'Enterprise SSO prompt on login',
    key: 'enterprise-sso-prompt',
    by: 2,
    hypothesis:
      'Suggesting SSO to admins of 50+ seat workspaces moves them to the Enterprise plan.',
    variants: AB('prompt'),
    primary: [M.upgradesPerUser()],
    life: {
      created: 70,
      launched: 65,
      ended: 35,
      conclusion: 'won',
      comment: 'Small but real: +5.5 pp upgrades among eligible admins.',
    },
    viewer: true,
  },
  {
    name: 'Green vs blue vs purple vs black primary buttons',
    key: 'primary-button-colors',
    by: 5,
    hypothesis: 'Button colour changes click-through on the main call to action.',
    variants: [
      ['control', 25, 'Blue'],
      ['green', 25],
      ['purple', 25],
      ['black', 25],
    ],
    primary: [M.ctaClicks()],
    type: 'web',
    life: {
      created: 68,
      launched: 64,
      ended: 34,
      conclusion: 'inconclusive',
      comment:
        'Green, purple and black all within −3 % to +1 % of blue, inside the noise. Colour is not the lever.',
    },
  },
  {
    name: 'Shorter onboarding survey',
    key: 'onboarding-survey-short',
    by: 3,
    hypothesis:
      'Cutting the role survey from six to two questions lets more people reach the product.',
    variants: AB('two-questions'),
    primary: [M.activation()],
    stats: 'freq90',
    life: {
      created: 66,
      launched: 60,
      ended: 30,
      conclusion: 'inconclusive',
      comment:
        'Activation +0.3 pp, interval crosses zero. Keeping the short survey for simplicity.',
    },
  },
  {
    name: 'Real-time collaboration cursors',
    key: 'realtime-cursors',
    by: 3,
    hypothesis: 'Seeing teammates’ cursors makes dashboards feel alive and drives invites.',
    variants: AB('cursors'),
    primary: [M.invitesPerUser()],
    life: {
      created: 65,
      launched: 60,
      ended: 57,
      conclusion: 'stopped_early',
      comment: 'Websocket load tripled; stopped until the presence service is ready.',
    },
  },
  {
    name: 'Auto-play product videos',
    key: 'autoplay-product-videos',
    by: 5,
    hypothesis: 'Muted auto-play videos show the product in use and lift add-to-cart.',
    variants: AB('autoplay'),
    primary: [M.addToCartRate()],
    secondary: [M.pagesPerSession()],
    life: {
      created: 58,
      launched: 54,
      ended: 32,
      conclusion: 'lost',
      comment: 'Add-to-cart −9 %, page weight +1.8 MB on mobile.',
    },
  },
  {
    name: 'Product tour tooltips',
    key: 'product-tour-tooltips',
    by: 1,
    hypothesis: 'A five-step tour of the editor shortens the time to the first dashboard.',
    variants: AB('tour'),
    primary: [M.dashboardsPerUser()],
    life: { created: 55, launched: 50, ended: 22 },
  },
  {
    name: 'Related articles in the help center',
    key: 'help-related-articles',
    by: 2,
    hypothesis: 'Linking related articles resolves more questions without a support ticket.',
    variants: AB('related'),
    primary: [M.helpViews()],
    saved: [{ metric: SAVED.support, type: 'secondary' }],
    life: {
      created: 50,
      launched: 45,
      ended: 18,
      conclusion: 'inconclusive',
      comment: 'Tickets did not move; article views +4 % (expected, since there are more links).',
    },
  },
  {
    name: 'Wishlist sharing',
    key: 'wishlist-sharing',
    by: 2,
    hypothesis: 'Shareable wishlists bring new visitors who buy gifts.',
    variants: AB('share-button'),
    primary: [M.purchasesPerUser()],
    secondary: [M.sessions()],
    life: { created: 47, launched: 43, ended: 6 },
  },
  {
    name: 'Aggressive upsell modal after purchase',
    key: 'post-purchase-upsell-modal',
    by: 1,
    hypothesis:
      'Offering a 20 % discount on a second item right after purchase lifts revenue per user.',
    variants: AB('modal'),
    primary: [M.revenuePerUser()],
    secondary: [M.helpViews()],
    life: {
      created: 44,
      launched: 41,
      ended: 38,
      conclusion: 'stopped_early',
      comment:
        'Support tickets about accidental orders spiked on day 2. Stopped; redesign as an email.',
    },
  },
  {
    name: 'Pagination size 24 vs 48',
    key: 'catalog-page-size',
    by: 4,
    hypothesis: 'Showing 48 products per page keeps people browsing longer.',
    variants: AB('48-per-page'),
    primary: [M.addToCartRate()],
    secondary: [M.pagesPerSession()],
    life: {
      created: 40,
      launched: 37,
      ended: 9,
      conclusion: 'inconclusive',
      comment: 'No difference; page load +120 ms for 48.',
    },
  },
  {
    name: 'Checkout button copy',
    key: 'checkout-button-copy',
    by: 4,
    hypothesis: '"Pay securely" reassures more than "Place order".',
    variants: [
      ['control', 34, 'Place order'],
      ['pay-securely', 33],
      ['complete-purchase', 33],
    ],
    primary: [M.checkoutConversion()],
    life: {
      created: 35,
      launched: 33,
      ended: 20,
      conclusion: 'invalid',
      comment:
        'The flag was evaluated before identify on the checkout page, so people switched variants.',
    },
  },
  {
    name: 'New payment provider routing',
    key: 'payment-provider-routing',
    by: 2,
    hypothesis: 'Routing EU cards through the second provider lowers payment failures.',
    variants: AB('provider-b', 10),
    primary: [M.checkoutConversion()],
    rollout: 50,
    life: {
      created: 28,
      launched: 25,
      ended: 23,
      conclusion: 'stopped_early',
      comment: 'Payment errors +3 % in variant; rolled back within 48 h.',
    },
  },
  {
    name: 'Search filters: sidebar vs top bar',
    key: 'search-filters-layout',
    by: 3,
    hypothesis: 'Filters above the results are seen by more people than filters in a sidebar.',
    variants: AB('top-bar'),
    primary: [M.searchClickThrough()],
    life: { created: 25, launched: 22, ended: 2 },
  },

  // ---- Paused ----
  {
    name: 'Progressive profiling during sign-up',
    key: 'progressive-profiling',
    by: 1,
    hypothesis:
      'Asking profile questions over the first week instead of at sign-up keeps more people.',
    variants: AB('progressive'),
    primary: [M.signupConversion()],
    secondary: [M.activation()],
    stats: 'freq95',
    life: { created: 90, launched: 85, paused: 70 },
  },
  {
    name: 'Referral reward: credit vs discount',
    key: 'referral-reward-type',
    by: 5,
    hypothesis: 'Account credit motivates referrers more than a discount for the friend.',
    variants: [
      ['control', 34, 'Discount for the friend'],
      ['credit', 33],
      ['both', 33],
    ],
    primary: [M.invitesPerUser()],
    secondary: [M.signupConversion()],
    life: { created: 60, launched: 52, paused: 20 },
  },
  {
    name: 'Infinite scroll on search results',
    key: 'search-infinite-scroll',
    by: 2,
    hypothesis: 'Infinite scroll removes the pagination click and shows more results.',
    variants: AB('infinite'),
    primary: [M.searchClickThrough()],
    secondary: [M.searchesPerUser()],
    life: { created: 45, launched: 40, paused: 15 },
  },
  {
    name: 'In-app chat widget on the pricing page',
    key: 'pricing-chat-widget',
    by: 3,
    hypothesis: 'Answering questions live on the pricing page converts hesitant buyers.',
    variants: AB('chat'),
    primary: [M.pricingToUpgrade()],
    saved: [{ metric: SAVED.support, type: 'secondary' }],
    life: { created: 30, launched: 26, paused: 3 },
  },
  {
    name: 'Exit-intent discount pop-up',
    key: 'exit-intent-discount',
    by: 4,
    hypothesis: 'A 10 % code when the cursor leaves the checkout saves abandoning shoppers.',
    variants: AB('popup'),
    primary: [M.checkoutConversion()],
    secondary: [M.revenuePerUser()],
    holdout: HOLDOUT.q4,
    life: { created: 20, launched: 16, paused: 2 },
  },
  {
    name: 'Smart defaults for report exports',
    key: 'export-smart-defaults',
    by: 1,
    hypothesis: 'Pre-selecting the last used format and date range makes exports one click.',
    variants: AB('smart-defaults'),
    primary: [M.exportsPerUser()],
    life: { created: 11, launched: 9, paused: 1 },
  },

  // ---- Running ----
  {
    name: 'Trial length: 14 vs 30 days',
    key: 'trial-length',
    by: 1,
    hypothesis: 'A 30-day trial gives teams time to build habits and converts more trials to paid.',
    notes: 'Paused for a week in the middle while billing fixed the trial-end emails.',
    variants: AB('30-days'),
    primary: [M.trialToPaid()],
    secondary: [M.cancellations()],
    stats: 'freq95',
    holdout: HOLDOUT.pricing,
    life: { created: 80, launched: 75, paused: 60, resumed: 53 },
  },
  {
    name: 'Express checkout with Apple Pay and Google Pay',
    key: 'express-checkout-wallets',
    by: 4,
    hypothesis: 'Wallet buttons skip the address and card forms for most mobile shoppers.',
    variants: AB('wallets', 30),
    primary: [M.cartToPurchase()],
    secondary: [M.averageOrderValue()],
    saved: [{ metric: SAVED.revenue, type: 'secondary' }],
    continuity: true,
    mde: 2,
    life: { created: 70, launched: 63 },
  },
  {
    name: 'Cart abandonment reminder timing',
    key: 'cart-reminder-timing',
    by: 4,
    hypothesis:
      'There is a best moment to remind people of their cart; we test three against none.',
    variants: [
      ['control', 25, 'No reminder'],
      ['after-1h', 25],
      ['after-24h', 25],
      ['after-72h', 25],
    ],
    primary: [M.purchasesPerUser()],
    secondary: [M.averageOrderValue(), M.notificationClicks()],
    life: { created: 55, launched: 50 },
  },
  {
    name: 'Sticky add-to-cart bar on mobile',
    key: 'sticky-add-to-cart-mobile',
    by: 1,
    hypothesis:
      'Keeping the add-to-cart button visible while scrolling product pages lifts add-to-cart.',
    variants: AB('sticky-bar'),
    primary: [M.addToCartRate()],
    secondary: [M.revenuePerUser()],
    holdout: HOLDOUT.q4,
    exposure: pageviewExposure('/products/'),
    life: { created: 48, launched: 44, edited: 40 },
  },
  {
    name: 'Search autocomplete with product thumbnails',
    key: 'search-autocomplete-thumbnails',
    by: 2,
    hypothesis: 'Thumbnails in the autocomplete help people recognise the product they want.',
    variants: [
      ['control', 34, 'Text only'],
      ['thumbnails', 33],
      ['thumbnails-price', 33],
    ],
    primary: [M.searchClickThrough()],
    secondary: [M.searchesPerUser()],
    stats: 'freq95',
    life: { created: 40, launched: 36 },
  },
  {
    name: LONG_NAME_2,
    key: 'structured-address-form',
    by: 2,
    hypothesis:
      'Structured fields with autocomplete cut address errors, which are the top reason for failed deliveries and abandoned checkouts.',
    variants: AB('structured'),
    primary: [M.checkoutConversion()],
    life: { created: 35, launched: 31 },
  },
  {
    name: 'Pricing page: monthly vs annual default toggle',
    key: 'pricing-default-annual',
    by: 5,
    hypothesis:
      'Defaulting the toggle to annual anchors people on the lower monthly-equivalent price.',
    variants: AB('annual-default'),
    primary: [M.pricingToUpgrade()],
    stats: 'freq99',
    holdout: HOLDOUT.pricing,
    exposure: pageviewExposure('/pricing'),
    life: { created: 33, launched: 30 },
  },
  {
    name: 'Checkout trust badges',
    key: 'checkout-trust-badges',
    by: 4,
    hypothesis: 'Security and returns badges next to the pay button reduce last-step abandonment.',
    variants: AB('badges'),
    saved: [{ metric: SAVED.checkout, type: 'secondary' }],
    life: { created: 27, launched: 24 },
    viewer: true,
  },
  {
    name: 'Onboarding checklist with progress ring',
    key: 'onboarding-checklist-progress',
    by: 1,
    hypothesis: 'A visible progress ring makes the onboarding checklist feel finishable.',
    variants: AB('progress-ring'),
    primary: [M.activation()],
    saved: [{ metric: SAVED.retention, type: 'secondary' }],
    holdout: HOLDOUT.onboarding,
    mde: 5,
    life: { created: 25, launched: 21 },
  },
  {
    name: 'Notification batching: digest vs real-time',
    key: 'notification-batching',
    by: 5,
    hypothesis: 'One daily digest gets more clicks than a stream of real-time notifications.',
    variants: AB('daily-digest'),
    primary: [M.notificationClicks()],
    secondary: [M.week1Retention()],
    life: { created: 22, launched: 19, paused: 12, resumed: 10 },
  },
  {
    name: 'Invite teammates prompt after first dashboard',
    key: 'invite-prompt-first-dashboard',
    by: 3,
    hypothesis:
      'Right after building a dashboard people want to show it off; that is the moment to invite.',
    variants: AB('prompt'),
    primary: [M.invitesPerUser()],
    secondary: [M.dashboardRetention()],
    stats: 'bayes90',
    life: { created: 18, launched: 14 },
  },
  {
    name: 'Homepage hero: product video vs static screenshot',
    key: 'homepage-hero-video',
    by: 5,
    hypothesis: 'A 20-second product video explains the product faster than a screenshot.',
    variants: [
      ['control', 34, 'Static screenshot'],
      ['video', 33],
      ['animated-gif', 33],
    ],
    primary: [M.landingToSignup()],
    type: 'web',
    payloads: {
      video: '{"src": "/media/hero.mp4", "poster": "/media/hero.jpg"}',
      'animated-gif': '{"src": "/media/hero.gif"}',
    },
    life: { created: 16, launched: 12 },
  },
  {
    name: 'Coupon field collapsed behind a link',
    key: 'coupon-field-collapsed',
    by: 4,
    hypothesis:
      'An always-visible coupon field sends people off to search for codes; hiding it behind a link keeps them in checkout.',
    variants: AB('collapsed'),
    primary: [M.averageOrderValue()],
    secondary: [M.couponUse()],
    stats: 'bayes90',
    life: { created: 14, launched: 13 },
  },
  {
    name: 'Recommendations carousel ranking model v3',
    key: 'recs-ranking-v3',
    by: 2,
    hypothesis: 'The v3 model, trained on sessions instead of purchases, recommends better items.',
    variants: AB('model-v3', 10),
    saved: [
      { metric: SAVED.revenue, type: 'primary' },
      { metric: SAVED.aov, type: 'secondary' },
    ],
    secondary: [M.addToCartPerUser()],
    stats: 'freq95',
    life: { created: 12, launched: 9 },
  },
  {
    name: 'Help center search in the app header',
    key: 'header-help-search',
    by: 3,
    hypothesis: 'Putting help search one click away reduces support tickets.',
    variants: AB('header-search'),
    secondary: [M.helpViews()],
    life: { created: 10, launched: 8 },
  },
  {
    name: 'Product page image zoom on hover',
    key: 'product-image-zoom',
    by: 1,
    hypothesis: 'Zooming product photos on hover answers quality questions without a click.',
    variants: AB('zoom'),
    primary: [M.addToCartRate()],
    rollout: 50,
    life: { created: 8, launched: 6 },
  },
  {
    name: 'New empty state for dashboards',
    key: 'dashboard-empty-state',
    by: 2,
    hypothesis:
      'Templates in the empty state help people start instead of staring at a blank page.',
    variants: AB('templates'),
    life: { created: 6, launched: 5 },
  },
  {
    name: 'Usage-based upgrade nudges',
    key: 'usage-upgrade-nudges',
    by: 1,
    hypothesis: 'Nudging at 80 % of the plan limit converts better than a hard wall at 100 %.',
    variants: [
      ['control', 34, 'Hard limit only'],
      ['nudge-80', 33],
      ['nudge-80-and-95', 33],
    ],
    primary: [M.ctaToSubscription()],
    secondary: [M.upgradesPerUser()],
    stats: 'freq95',
    life: { created: 4, launched: 2 },
  },

  // ---- Drafts ----
  {
    name: 'Localised currency on product pages',
    key: 'localized-currency',
    by: 2,
    hypothesis: 'Prices in the visitor’s currency remove a mental conversion step.',
    variants: [
      ['control', 25, 'USD everywhere'],
      ['local-currency', 25],
      ['local-currency-rounded', 25],
      ['usd-with-estimate', 25],
    ],
    primary: [M.addToCartRate()],
    life: { created: 95 },
  },
  {
    name: 'Weekly digest email redesign',
    key: 'weekly-digest-redesign',
    by: 5,
    hypothesis: 'A digest that leads with one chart gets more clicks than a list of links.',
    variants: AB('chart-first'),
    primary: [M.notificationClicks()],
    life: { created: 62 },
  },
  {
    name: 'Simplified password rules on sign-up',
    key: 'simple-password-rules',
    by: 3,
    hypothesis: null,
    variants: AB(),
    life: { created: 45 },
  },
  {
    name: 'Keyboard shortcuts cheat sheet',
    key: 'keyboard-shortcuts-sheet',
    by: 1,
    hypothesis: null,
    variants: AB('cheat-sheet'),
    primary: [M.dashboardsPerUser()],
    life: { created: 38 },
  },
  {
    name: LONG_NAME_1,
    key: 'partner-sample-dashboard',
    by: 4,
    hypothesis:
      'Teams arriving from a partner already have data; showing it immediately gets them to an "aha" moment before they leave.',
    variants: AB('sample-dashboard'),
    primary: [M.activation()],
    secondary: [M.dashboardRetention()],
    life: { created: 20, edited: 15 },
    viewer: true,
  },
  {
    name: 'Social proof on the pricing page',
    key: 'pricing-social-proof',
    by: 5,
    hypothesis:
      'Customer logos and a review score next to the plans reduce risk for first-time buyers.',
    variants: [
      ['control', 34, 'No social proof'],
      ['logos', 33],
      ['logos-and-reviews', 33],
    ],
    primary: [M.pricingToTrial()],
    holdout: HOLDOUT.pricing,
    life: { created: 12 },
  },
  {
    name: 'Dark mode by default for new workspaces',
    key: 'dark-mode-default',
    by: 2,
    hypothesis: 'Most of our users work in dark IDEs; a dark default feels familiar.',
    variants: AB('dark'),
    primary: [
      retention('Came back in week 1', event('signup_completed'), event('dashboard_created'), {
        start: 1,
        end: 7,
        unit: 'day',
      }),
    ],
    life: { created: 9 },
  },
  {
    name: 'Mobile onboarding: carousel vs checklist',
    key: 'mobile-onboarding-format',
    by: 3,
    hypothesis: 'On small screens a swipeable carousel is finished more often than a checklist.',
    variants: [
      ['control', 34, 'Checklist'],
      ['carousel', 33],
      ['single-screen', 33],
    ],
    primary: [M.activation()],
    secondary: [M.week1Retention()],
    stats: 'freq90',
    life: { created: 7 },
  },
  {
    name: 'Gift wrapping upsell at checkout',
    key: 'gift-wrap-upsell',
    by: 4,
    hypothesis:
      'Offering gift wrap for $4 in December raises order value without hurting conversion.',
    variants: AB('gift-wrap'),
    primary: [M.averageOrderValue()],
    secondary: [M.checkoutConversion()],
    saved: [{ metric: SAVED.checkout, type: 'secondary' }],
    life: { created: 5, edited: 2 },
  },
  {
    name: 'Annual plan discount badge (copy variants)',
    // Re-uses the flag of the finished badge experiment, as PostHog lets a re-run do.
    key: 'annual-discount-badge',
    by: 1,
    hypothesis: 'The badge won; now find the words: "2 months free" vs "save 17 %".',
    variants: AB('badge'),
    primary: [M.pricingToUpgrade()],
    stats: 'freq95',
    life: { created: 4 },
  },
  {
    name: 'AI shopping assistant in search',
    key: 'ai-shopping-assistant',
    by: 1,
    hypothesis:
      'A chat assistant that answers "what should I buy for…" questions turns vague searches into purchases.',
    notes:
      'The `ai_assistant_message_sent` event ships with the feature, so it has not been seen yet.',
    variants: AB('assistant', 20),
    primary: [mean('Assistant messages per user', event('ai_assistant_message_sent'))],
    secondary: [M.purchasesPerUser()],
    allowUnknownEvents: true,
    stats: 'freq95',
    life: { created: 3 },
  },
  {
    name: 'Free shipping threshold banner (Copy)',
    key: 'free-shipping-banner-v2',
    by: 1,
    hypothesis: null,
    variants: AB('progress-banner'),
    duplicateOf: 'free-shipping-banner',
    life: { created: 2 },
  },
];
