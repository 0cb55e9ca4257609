import type { Knob } from './demo-events-model';

/**
 * A true relative effect: one number for every test variant, or one per variant key. What the results show
 * differs a little (people exposed near the end have less time to act); the catalog's conclusion comments
 * quote what they show, and demo-stories.test.ts checks each verdict through the real query endpoint.
 */
export type Lift = number | Record<string, number>;

/** What the events of one launched demo experiment show, so its results tell its description's story. */
export interface DemoStory {
  /** People who evaluate the flag during the run (before its rollout and holdout). */
  people: number;
  /** True effects, by metric name (demo-metrics.ts) or by rate (demo-events-model.ts). */
  lift?: Record<string, Lift>;
  /** Control rates that differ from BASE_RATES (a checkout test is exposed at the checkout, …). */
  rates?: Partial<Record<Knob, number>>;
  odd?: {
    /** This share of one variant's exposures is never sent: a sample-ratio mismatch. */
    lostExposures?: { variant: string; share: number };
    /** This share of one variant's people got `to` instead (a fallback), and were logged as `to`. */
    fallback?: { from: string; to: string; share: number };
    /** This share of people was exposed to a second variant too ($multiple). */
    switched?: number;
    /** After this fraction of the run the metrics' events stop: the feature under test went away. */
    metricsStopAt?: number;
    /** Exposures happen only in the first days of the run (an email sent once). */
    exposureDays?: number;
  };
}

/** A few people meet a flag twice with different ids before identify: PostHog's $multiple. */
export const SWITCHED_SHARE = 0.006;
/** Internal accounts (emails at this domain) that the project's test-account filter leaves out. */
export const TEST_ACCOUNT_DOMAIN = 'posthog-demo.internal';
export const TEST_ACCOUNT_SHARE = 0.015;

/** Exposed at the checkout: nearly everyone starts it, most pay. */
const CHECKOUT = { 'commerce.checkout': 0.95, 'commerce.purchase': 0.85 };
/** Exposed on the sign-up form. */
const SIGNUP_FORM = { 'signup.start': 0.95, 'signup.complete': 0.85 };
/** Exposed at sign-up, measured on onboarding. */
const ONBOARDING = {
  'signup.start': 0.97,
  'signup.complete': 0.95,
  'onboarding.step': 0.95,
  'onboarding.finish': 0.85,
};

/**
 * Keyed by flag key; every launched catalog experiment has one (a test checks). Each has a little over
 * 2,000 exposed people: `people` allows for those its rollout, holdout or lost exposures leave out. The
 * exceptions are the stories of too little data: the four stopped early and the nudges launched two days
 * ago. At that size a true effect of 5 % or more shows, so the inconclusive and routine stories lift by
 * less. About 108,000 people and 363,000 events in all (demo-events.test.ts holds the budget).
 */
export const DEMO_STORIES: Record<string, DemoStory> = {
  // ---- Archived ----
  'holiday-countdown-timer': {
    people: 2_080,
    lift: { 'Add to cart per product view': 0.068 },
    rates: { 'commerce.cart': 0.7, 'commerce.checkout': 0.3 },
  },
  // The button went away with the one-page checkout: its clicks stop mid-test.
  'legacy-checkout-button-color': {
    people: 2_080,
    lift: { 'Primary CTA clicks': 0.05 },
    odd: { metricsStopAt: 0.45 },
  },
  'google-one-tap-signup': {
    people: 2_070,
    lift: { 'Sign-up completion': 0.105 },
    rates: SIGNUP_FORM,
  },
  'black-friday-banner': {
    people: 2_280,
    lift: { 'Checkout conversion': 0.06 },
    rates: CHECKOUT,
  },
  'pricing-faq-accordion': { people: 2_090, lift: { 'Pricing page to trial': 0.01 } },
  'newsletter-popup-delay': {
    people: 2_080,
    lift: { 'Pages per session': { 'delay-30s': -0.1, 'exit-intent': -0.12 } },
  },
  'sidebar-navigation-redesign': {
    people: 2_090,
    lift: { 'Reports exported': 0.06, 'Help article views': -0.08 },
  },
  // The email went out in the first week only.
  'q3-winback-email': {
    people: 150,
    lift: { 'Sessions per user': 0.03 },
    odd: { exposureDays: 7 },
  },

  // ---- Stopped ----
  'one-page-checkout': {
    people: 2_320,
    lift: { 'Checkout conversion': 0.072 },
    rates: CHECKOUT,
  },
  'annual-only-pricing': {
    people: 2_070,
    lift: { 'CTA click to subscription': -0.16, Cancellations: 0.1 },
    rates: { 'pricing.cta': 2, 'pricing.subscribe': 0.85 },
  },
  'free-shipping-banner': {
    people: 2_080,
    lift: { 'Average order value': 0.01, 'Checkout conversion': -0.095 },
    rates: CHECKOUT,
  },
  'annual-discount-badge': {
    people: 2_650,
    lift: { 'Pricing page to upgrade': 0.07 },
    rates: { 'pricing.upgrade': 0.8 },
  },
  // Fewer empty searches: the same per-search click chance gives a higher click-through.
  'search-typo-tolerance': {
    people: 2_070,
    lift: { 'search.zero': -0.4 },
    rates: { 'search.zero': 0.2, 'search.click': 0.75, 'commerce.checkout': 0.3 },
  },
  'onboarding-welcome-video': {
    people: 2_190,
    lift: { Activation: 0.093 },
    rates: ONBOARDING,
  },
  // The industry lookup timed out and fell back to control.
  'homepage-headline-personalization': {
    people: 2_080,
    odd: { fallback: { from: 'by-industry', to: 'control', share: 0.18 } },
  },
  'signup-phone-required': {
    people: 2_070,
    lift: { 'Sign-up completion': -0.21 },
    rates: SIGNUP_FORM,
  },
  'cart-save-for-later': {
    people: 2_080,
    lift: { 'Purchases per user': 0.08, 'Repeat purchase': 0.15 },
    rates: { ...CHECKOUT, 'commerce.orders': 0.25, 'commerce.repeat': 0.3 },
  },
  'enterprise-sso-prompt': {
    people: 2_100,
    lift: { Upgrades: 0.37 },
    rates: { 'pricing.upgrade': 0.15 },
  },
  'primary-button-colors': { people: 2_080 },
  'onboarding-survey-short': {
    people: 2_080,
    lift: { Activation: 0.015 },
    rates: ONBOARDING,
  },
  'realtime-cursors': { people: 200, lift: { 'Invites sent per user': 0.1 } },
  'autoplay-product-videos': {
    people: 2_070,
    lift: { 'Add to cart per product view': -0.09 },
    rates: { 'commerce.cart': 0.7, 'visits.sessions': 1, 'visits.pages': 2 },
  },
  'product-tour-tooltips': { people: 2_090, lift: { 'Dashboards created': 0.05 } },
  'help-related-articles': { people: 2_080, lift: { 'Help article views': 0.05 } },
  'wishlist-sharing': {
    people: 2_090,
    lift: { 'Purchases per user': 0.03, 'Sessions per user': 0.05 },
  },
  // Accidental orders: support views spiked before it was stopped on day 3.
  'post-purchase-upsell-modal': {
    people: 150,
    lift: { 'Revenue per user': 0.04, 'Help article views': 0.8 },
  },
  'catalog-page-size': {
    people: 2_100,
    rates: { 'visits.sessions': 1, 'visits.pages': 2 },
  },
  // The flag was evaluated before identify: a fifth of the people saw two variants.
  'checkout-button-copy': { people: 2_560, rates: CHECKOUT, odd: { switched: 0.2 } },
  'payment-provider-routing': {
    people: 200,
    lift: { 'Checkout conversion': -0.03 },
    rates: CHECKOUT,
  },
  'search-filters-layout': { people: 2_090, lift: { 'Search click-through rate': 0.02 } },

  // ---- Paused ----
  'progressive-profiling': {
    people: 2_090,
    lift: { 'Sign-up completion': 0.02, Activation: 0.04 },
    rates: SIGNUP_FORM,
  },
  'referral-reward-type': {
    people: 2_080,
    lift: { 'Invites sent per user': { credit: 0.08, both: 0.05 } },
  },
  'search-infinite-scroll': {
    people: 2_090,
    lift: { 'Search click-through rate': -0.02, 'Searches per user': 0.06 },
  },
  'pricing-chat-widget': {
    people: 2_090,
    lift: { 'Pricing page to upgrade': 0.04, 'Help article views': -0.05 },
  },
  'exit-intent-discount': {
    people: 2_290,
    lift: { 'Checkout conversion': 0.03, 'commerce.aov': -0.05 },
    rates: CHECKOUT,
  },
  'export-smart-defaults': { people: 2_070, lift: { 'Reports exported': 0.06 } },

  // ---- Running ----
  'trial-length': {
    people: 2_600,
    lift: { 'Trial to paid': 0.06, Cancellations: -0.05 },
    rates: { 'pricing.trial': 0.6 },
  },
  // The clear leader among the running experiments.
  'express-checkout-wallets': {
    people: 2_090,
    lift: { 'Cart to purchase': 0.18 },
    rates: { ...CHECKOUT, 'commerce.cart': 0.6 },
  },
  'cart-reminder-timing': {
    people: 2_080,
    lift: { 'Purchases per user': { 'after-1h': 0.03, 'after-24h': 0.05, 'after-72h': 0.01 } },
  },
  'sticky-add-to-cart-mobile': {
    people: 2_270,
    lift: { 'Add to cart per product view': 0.04 },
  },
  'search-autocomplete-thumbnails': {
    people: 2_080,
    lift: { 'Search click-through rate': { thumbnails: 0.03, 'thumbnails-price': 0.04 } },
  },
  // Sample-ratio mismatch: the structured form sends its exposure only once its address script loaded.
  'structured-address-form': {
    people: 2_360,
    lift: { 'Checkout conversion': 0.02 },
    rates: CHECKOUT,
    odd: { lostExposures: { variant: 'structured', share: 0.25 } },
  },
  'pricing-default-annual': { people: 2_630, lift: { 'Pricing page to upgrade': 0.03 } },
  'checkout-trust-badges': {
    people: 2_070,
    lift: { 'Checkout conversion': 0.02 },
    rates: CHECKOUT,
  },
  'onboarding-checklist-progress': {
    people: 2_190,
    lift: { Activation: 0.03 },
    rates: ONBOARDING,
  },
  'notification-batching': { people: 2_080, lift: { 'Notification clicks': 0.06 } },
  'invite-prompt-first-dashboard': { people: 2_080, lift: { 'Invites sent per user': 0.05 } },
  'homepage-hero-video': {
    people: 2_080,
    lift: { 'Landing to sign-up start': { video: 0.04, 'animated-gif': -0.02 } },
  },
  'coupon-field-collapsed': {
    people: 2_070,
    lift: { 'Average order value': 0.015, 'Coupons applied': -0.3 },
  },
  'recs-ranking-v3': { people: 2_070, lift: { 'Revenue per user': 0.02 } },
  'header-help-search': { people: 2_070, lift: { 'Help article views': -0.06 } },
  'product-image-zoom': { people: 4_090, lift: { 'Add to cart per product view': 0.03 } },
  'dashboard-empty-state': { people: 2_080 },
  // Launched two days ago: fewer than 50 people per variant so far.
  'usage-upgrade-nudges': { people: 100, lift: { 'CTA click to subscription': 0.1 } },
};
