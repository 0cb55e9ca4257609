import type { Draw } from './demo-events-random';
import { BASE_RATES, type Journey, type Knob } from './demo-events-model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One person's run through a journey: their variant's rates, and where their events go. */
export interface Walk {
  /** First exposure, epoch ms; every event of the journey comes after it. */
  start: number;
  /** Timings and details; the rates' own choices come from `chance` and `count`. */
  draw: Draw;
  rate: (knob: Knob) => number;
  /** Whether the person takes the step, at the knob's rate (or at `p`). */
  chance: (knob: Knob, p?: number) => boolean;
  /** How many times, with the knob's rate as the mean (Poisson). */
  count: (knob: Knob, mean?: number) => number;
  /** An amount with the knob's rate as its mean, skewed like order values are. */
  amount: (knob: Knob) => number;
  /** Whether the experiment's metrics read this event (others are never written). */
  wants: (event: string) => boolean;
  /** Records an event; events the experiment's metrics do not read, or after its end, are dropped there. */
  emit: (event: string, at: number, properties?: Record<string, unknown>) => void;
  /** A new session id (posthog-js's `$session_id`), for pageviews. */
  session: (at: number) => string;
}

export const SITE = 'https://shop.demo.example';
/**
 * A moment after `from`, at most `spread` later, mostly early: people act while the change is new to them,
 * and an experiment that ends soon after someone's exposure still sees most of what they did.
 */
const soon = (w: Walk, from: number, spread: number) => from + w.draw() ** 2 * spread;
/** 1 + Poisson(rate − 1): at least one, with the knob's rate as the mean. */
const atLeastOne = (w: Walk, knob: Knob) => 1 + w.count(knob, Math.max(w.rate(knob) - 1, 0));

/** A pageview in a session of its own (properties are built only when a metric reads pageviews). */
function pageview(w: Walk, at: number, path: string): void {
  if (w.wants('$pageview')) {
    w.emit('$pageview', at, { $current_url: `${SITE}${path}`, $session_id: w.session(at) });
  }
}

function signup(w: Walk): void {
  const { draw } = w;
  let at = w.start + draw.between(10_000, 2 * MINUTE);
  pageview(w, at, '/home');
  if (!w.chance('signup.start')) return;
  at += draw.between(MINUTE, 5 * MINUTE);
  w.emit('signup_started', at);
  if (!w.chance('signup.complete')) return;
  const signedUp = at + draw.between(2 * MINUTE, 20 * MINUTE);
  w.emit('signup_completed', signedUp);
  if (w.chance('signup.return')) {
    pageview(w, signedUp + draw.between(1.2 * DAY, 6.5 * DAY), '/dashboards');
  }
  if (!w.chance('onboarding.step')) return;
  at = signedUp + draw.between(5 * MINUTE, HOUR);
  w.emit('onboarding_step_completed', at, { step: 1, step_name: 'connect_data' });
  if (!w.chance('onboarding.finish')) return;
  at += soon(w, 10 * MINUTE, 2 * DAY);
  w.emit('onboarding_completed', at);
  if (w.chance('onboarding.dashboard')) {
    w.emit('dashboard_created', at + draw.between(8 * DAY, 27 * DAY));
  }
}

function commerce(w: Walk): void {
  const { draw } = w;
  const views = atLeastOne(w, 'commerce.views');
  let lastCart = w.start;
  for (let i = 0; i < views; i++) {
    const at = soon(w, w.start + MINUTE, 3 * DAY);
    w.emit('product_viewed', at);
    if (w.chance('commerce.cart')) {
      const added = at + draw.between(20_000, 5 * MINUTE);
      w.emit('add_to_cart', added, { revenue: Math.round(draw.logNormal(35, 0.5) * 100) / 100 });
      lastCart = Math.max(lastCart, added);
    }
  }
  if (!w.chance('commerce.checkout')) return;
  const checkout = lastCart + draw.between(MINUTE, 30 * MINUTE);
  w.emit('checkout_started', checkout);
  if (w.chance('commerce.coupon')) w.emit('coupon_applied', checkout + 40_000);
  if (!w.chance('commerce.purchase')) return;
  const order = (at: number) =>
    w.emit('purchase_completed', at, {
      revenue: Math.round(w.amount('commerce.aov') * 100) / 100,
    });
  order(checkout + draw.between(2 * MINUTE, 30 * MINUTE));
  const more = w.count('commerce.orders');
  for (let i = 0; i < more; i++) order(w.start + draw.between(DAY, 13 * DAY));
  if (w.chance('commerce.repeat')) order(checkout + draw.between(8 * DAY, 30 * DAY));
}

function pricing(w: Walk): void {
  const { draw } = w;
  const visit = w.start + draw.between(10_000, 2 * MINUTE);
  pageview(w, visit, '/pricing');
  const clicks = w.count('pricing.cta');
  let firstClick = 0;
  for (let i = 0; i < clicks; i++) {
    const at = visit + draw.between(MINUTE, 30 * MINUTE);
    firstClick = firstClick ? Math.min(firstClick, at) : at;
    w.emit('$autocapture', at, { $event_type: 'click', $el_text: 'Get started' });
  }
  const trial = w.chance('pricing.trial') ? visit + draw.between(2 * MINUTE, HOUR) : 0;
  if (trial) w.emit('trial_started', trial);
  // A subscription follows a trial (days later) or a click on the primary button (minutes later).
  if (trial && w.chance('pricing.paid')) {
    w.emit('subscription_started', trial + draw.between(DAY, 25 * DAY));
  } else if (firstClick && w.chance('pricing.subscribe')) {
    w.emit('subscription_started', firstClick + draw.between(MINUTE, 10 * MINUTE));
  }
  if (w.chance('pricing.upgrade')) {
    w.emit('subscription_upgraded', soon(w, visit + 5 * MINUTE, 3 * DAY));
  }
  if (w.chance('pricing.cancel')) {
    w.emit('subscription_cancelled', w.start + draw.between(2 * DAY, 28 * DAY), {
      reason: draw.chance(0.5) ? 'too_expensive' : 'missing_feature',
    });
  }
}

/**
 * Only searches with results get clicks, at the chance that gives the control's click-through
 * `search.click` overall; fewer empty searches (typo tolerance) therefore lift click-through.
 */
function search(w: Walk): void {
  const { draw } = w;
  const searches = atLeastOne(w, 'search.count');
  for (let i = 0; i < searches; i++) {
    const at = soon(w, w.start + MINUTE, 5 * DAY);
    const empty = w.chance('search.zero');
    w.emit('search_performed', at, { results_count: empty ? 0 : 1 + Math.floor(draw() * 48) });
    if (
      !empty &&
      w.chance('search.click', w.rate('search.click') / (1 - BASE_RATES['search.zero']))
    ) {
      w.emit('search_result_clicked', at + draw.between(5_000, MINUTE), {
        position: 1 + draw.poisson(1.5),
      });
    }
  }
}

function visits(w: Walk): void {
  const { draw } = w;
  const sessions = atLeastOne(w, 'visits.sessions');
  for (let i = 0; i < sessions; i++) {
    let at = w.start + (i === 0 ? draw.between(10_000, MINUTE) : draw.between(HOUR, 10 * DAY));
    const id = w.session(at);
    const pages = atLeastOne(w, 'visits.pages');
    for (let p = 0; p < pages; p++) {
      w.emit('$pageview', at, {
        $current_url: `${SITE}/p/${1 + Math.floor(draw() * 12)}`,
        $session_id: id,
      });
      at += draw.between(20_000, 3 * MINUTE);
    }
  }
}

const COUNTS = {
  'engage.exports': 'report_exported',
  'engage.help': 'help_article_viewed',
  'engage.invites': 'invite_sent',
  'engage.notifications': 'notification_clicked',
  'engage.dashboards': 'dashboard_created',
} as const;

function engage(w: Walk): void {
  for (const [knob, event] of Object.entries(COUNTS) as [keyof typeof COUNTS, string][]) {
    const count = w.count(knob);
    for (let i = 0; i < count; i++) w.emit(event, soon(w, w.start + MINUTE, 6 * DAY));
  }
}

export const JOURNEYS: Record<Journey, (walk: Walk) => void> = {
  signup,
  commerce,
  pricing,
  search,
  visits,
  engage,
};
