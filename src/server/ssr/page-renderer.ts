import type { Db } from '../db/connection';
import { changeVersion } from '../services/experiments/list-cache';
import { CompressibleText } from '../http/compressible-text';
import { RenderCache } from './render-cache';

/** What render-on-server.tsx returns; typed here so the server does not load React until it renders. */
interface RenderedPage {
  html: string;
  styles: string;
  state: unknown;
}
type Render = (
  url: Pick<URL, 'pathname' | 'search'>,
  zone: { locale: string; timeZone: string } | null,
) => Promise<RenderedPage | null>;

export type ApiRequest = (path: string, init: RequestInit) => Response | Promise<Response>;

/** Renders the page for a URL into index.html, or null when that page is not rendered on the server. */
export type PageRenderer = (
  url: URL,
  cookieHeader: string | undefined,
) => Promise<CompressibleText | null>;

// The browser's React Query keeps data fresh for 30 s (src/lib/query-client.ts): no rendered page is older.
const MAX_AGE_MS = 30_000;
const MAX_PAGES = 64;
// A page waits this long for its data (a slow PostHog); then it is rendered with what it has, and the
// browser reads the rest itself.
const DATA_BUDGET_MS = 1_500;

/**
 * The version of the data a rendered page shows (experiments, flags, holdouts, saved metrics, users): the
 * change counter that triggers bump on every write to those tables, by any connection, raw SQL included
 * (services/experiments/list-cache.ts). Ingested events do not move it, so a busy SDK does not empty the
 * cache. Null for the PostHog proxy, whose data changes elsewhere: nothing is cached.
 */
export function dataVersion(db: Db | undefined): (() => string) | null {
  if (!db) return null;
  return () => String(changeVersion(db));
}

/** Escapes JSON for a `<script type="application/json">`: nothing in it can close the element. */
const jsonForHtml = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Server rendering of the first view (issue 12): the dashboard and the experiment page arrive as HTML
 * with their styles, and the browser takes them over (src/app/main.tsx). The app's code asks the API in
 * this process, through the same routes and checks as the browser's requests.
 */
export async function createPageRenderer(
  template: string,
  api: ApiRequest,
  version: (() => string) | null,
): Promise<PageRenderer> {
  const [plainHead = '', after] = template.split('<div id="root"></div>');
  // A rendered page is read before its script runs: the module preloads would have the browser fetch and
  // compile every chunk while it still parses the rows, which delays their first paint by ~100 ms (bench:
  // first rows). The module script itself still loads at once and pulls its chunks in.
  const before = plainHead.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (after === undefined) {
    // Not the app's index.html (a test's placeholder page): there is nothing to render into.
    console.warn('index.html has no <div id="root"></div>: pages are not rendered on the server.');
    return async () => null;
  }

  const [{ renderOnServer, setSsrDataBudget }, { setApiTransport }, { parseZoneCookie }] =
    await Promise.all([
      import('../../app/ssr/render-on-server'),
      import('../../lib/api-client'),
      import('../../lib/display-zone'),
    ]);
  setApiTransport(async (path, init) => api(path, init));
  setSsrDataBudget(DATA_BUDGET_MS);
  const render = renderOnServer as Render;
  // The cached page keeps its gzip bytes too: compressed once, served many times.
  const cache = new RenderCache<CompressibleText | null>(MAX_PAGES, MAX_AGE_MS);
  return async (url, cookieHeader) => {
    const zone = parseZoneCookie(cookieHeader);
    const key =
      version && `${url.pathname}${url.search}\n${zone?.locale}|${zone?.timeZone}\n${version()}`;
    const cached = key ? cache.get(key) : undefined;
    if (cached !== undefined) return cached;
    const page = await render(url, zone);
    const html = page
      ? new CompressibleText(
          `${before.replace('</head>', `${page.styles}</head>`)}<div id="root" inert>${page.html}</div>` +
            `<script type="application/json" id="ssr-state">${jsonForHtml(page.state)}</script>${after}`,
        )
      : null;
    if (key) cache.set(key, html);
    return html;
  };
}
