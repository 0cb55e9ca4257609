import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// posthog-js, as a customer's site runs it, in real Chromium on another origin: it loads the project's
// remote config and flags from the embedded server, evaluates a demo experiment's flag and captures an
// event. The server must have stored the exposure with the variant PostHog's hash gives, and the event.

const TOKEN = 'phc_demo_project_token';
const SHOP = 'https://shop.test';
const ROOT = resolve(import.meta.dirname, '..');
const POSTHOG_JS = readFileSync(
  resolve(ROOT, 'node_modules/posthog-js/dist/array.full.js'),
  'utf8',
);
const port = Number(process.env.E2E_PORT ?? 4455);
const SERVER = `http://127.0.0.1:${port}`;
const DATABASE = resolve(ROOT, `e2e/.output/data-${port}/experiment-console.sqlite`);

// PostHog's hash, written out: sha1 of the text, first 15 hex digits over 2^60 - 1.
// eslint-disable-next-line no-loss-of-precision
const LONG_SCALE = 0xfffffffffffffff;
const unit = (text: string) =>
  parseInt(createHash('sha1').update(text).digest('hex').slice(0, 15), 16) / LONG_SCALE;

interface ExperimentFlag {
  key: string;
  filters: {
    groups: { properties?: unknown[]; rollout_percentage?: number | null }[];
    multivariate: { variants: { key: string; rollout_percentage: number }[] };
    holdout?: { id: number; exclusion_percentage: number } | null;
  };
}

/** The variant an experiment flag (one release group, no conditions) gives this person, or null. */
function variantFor(flag: ExperimentFlag, distinctId: string): string | null {
  const { holdout, groups, multivariate } = flag.filters;
  if (holdout && unit(`holdout-${distinctId}`) <= holdout.exclusion_percentage / 100) return null;
  const rollout = groups[0]?.rollout_percentage;
  if (rollout != null && unit(`${flag.key}.${distinctId}`) > rollout / 100) return null;
  const hash = unit(`${flag.key}.${distinctId}variant`);
  let min = 0;
  for (const variant of multivariate.variants) {
    const max = min + variant.rollout_percentage / 100;
    if (hash >= min && hash < max) return variant.key;
    min = max;
  }
  return null;
}

/** The customer's page: their own origin, posthog-js served from it, sending to the console's server. */
async function openShop(page: Page, distinctId: string) {
  // Chromium lets a public page reach a loopback server only from a secure context and with the Local
  // Network Access permission, which a developer grants at the prompt: hence https and the grant.
  await page.context().grantPermissions(['local-network-access'], { origin: SHOP });
  await page.route(`${SHOP}/**`, (route) =>
    route.request().url().endsWith('/posthog.js')
      ? route.fulfill({ contentType: 'application/javascript', body: POSTHOG_JS })
      : route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><title>Shop</title><script src="/posthog.js"></script><h1>Shop</h1>',
        }),
  );
  await page.goto(`${SHOP}/checkout`);
  await page.evaluate(
    ({ token, host, distinctId }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (window as any).posthog.init(token, {
        api_host: host,
        bootstrap: { distinctID: distinctId },
        autocapture: false,
        capture_pageview: false,
        disable_session_recording: true,
        request_queue_config: { flush_interval_ms: 250 },
        // Headless Chromium's user agent reads as a bot, whose events posthog-js drops.
        opt_out_useragent_filter: true,
      });
    },
    { token: TOKEN, host: SERVER, distinctId },
  );
}

test('posthog-js on another origin evaluates a demo flag and captures, stored with the hashed variant', async ({
  page,
  request,
}) => {
  const running = (
    await (await request.get('/api/projects/@current/experiments/?status=running&limit=50')).json()
  ).results as { id: number; feature_flag: ExperimentFlag }[];
  const flag = running
    .map((experiment) => experiment.feature_flag)
    .find((f) => f.filters.groups.length === 1 && !f.filters.groups[0]?.properties?.length);
  if (!flag) throw new Error('The demo has no running experiment with a plain release group');
  // A shopper the flag gives a variant (not held out, inside the rollout), chosen by the hash.
  const shopper = Array.from({ length: 200 }, (_, i) => `e2e-shopper-${Date.now()}-${i}`).find(
    (id) => variantFor(flag, id) !== null,
  ) as string;
  const expected = variantFor(flag, shopper);

  const sent: { url: string; origin: string | null; gzip: boolean }[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(SERVER)) return;
    const body = r.postDataBuffer();
    const gzip = !!body && body[0] === 0x1f && body[1] === 0x8b;
    sent.push({ url: r.url(), origin: r.headers().origin ?? null, gzip });
  });
  await openShop(page, shopper);

  const variant = await page.evaluate(
    (key) =>
      new Promise((resolveFlag) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const posthog = (window as any).posthog;
        posthog.onFeatureFlags(() => {
          const value = posthog.getFeatureFlag(key);
          posthog.capture('e2e_checkout_completed', { basket_total: 42 });
          resolveFlag(value);
        });
      }),
    flag.key,
  );
  expect(variant).toBe(expected);

  const db = new Database(DATABASE, { readonly: true, fileMustExist: true });
  try {
    const events = () =>
      db
        .prepare(
          'SELECT event, flag_key, flag_response, properties FROM events WHERE distinct_id = ? ORDER BY id',
        )
        .all(shopper) as {
        event: string;
        flag_key: string | null;
        flag_response: string | null;
        properties: string;
      }[];
    await expect
      .poll(
        () =>
          events()
            .map((e) => e.event)
            .sort(),
        { timeout: 15_000 },
      )
      .toEqual(['$feature_flag_called', 'e2e_checkout_completed']);
    const [exposure, checkout] = [
      events().find((e) => e.event === '$feature_flag_called'),
      events().find((e) => e.event === 'e2e_checkout_completed'),
    ];
    expect(exposure).toMatchObject({ flag_key: flag.key, flag_response: expected });
    expect(JSON.parse(checkout?.properties ?? '{}')).toMatchObject({
      basket_total: 42,
      $lib: 'web',
      [`$feature/${flag.key}`]: expected,
    });
  } finally {
    db.close();
  }

  // What posthog-js did: read the remote config, then sent gzip (as the config offers) from the shop.
  expect(sent.some((r) => r.url.includes(`/array/${TOKEN}/config`))).toBe(true);
  const flagsCall = sent.find((r) => r.url.includes('/flags/?v=2'));
  expect(flagsCall).toMatchObject({ origin: SHOP, gzip: true });
  const capture = sent.filter((r) => r.url.includes('/i/v0/e/'));
  expect(capture.length).toBeGreaterThan(0);
  expect(capture.every((r) => r.origin === SHOP && r.gzip)).toBe(true);
});
