import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { AFTER_PAINT, newContext } from './browser';
import type { Figure } from './report';
import { median } from './stats';

/**
 * Dashboard with 10,000 experiments: navigation start → first page of rows painted, in Chromium, against
 * a static HTML page with the same 50 rows served by the same server process; then how long a search takes
 * to show its result.
 */

const RUNS = 5;
const PAGE_SIZE = 50;
export const DASHBOARD_FLOOR_PATH = '/bench-dashboard-floor.html';
export const APP_PATH = `/experiments?page_size=${PAGE_SIZE}`;

/**
 * A data row is a table row (or ARIA row) outside the header, without a loading skeleton, that links to an
 * experiment or shows a generated experiment's "#n". When the first one appears, the time after the next
 * paint is recorded. A search records the paint after which every row shows the searched term.
 */
const ROWS_SCRIPT = `(() => {
  ${AFTER_PAINT}
  const bench = { rowsAt: null, rows: 0, rowsPending: false, search: null };
  window.__bench = bench;
  const dataRows = () => [...document.querySelectorAll('tbody tr, [role="row"]')].filter((row) =>
    !row.closest('thead') &&
    !row.querySelector('th, [role="columnheader"], .MuiSkeleton-root') &&
    (row.querySelector('a[href*="/experiments/"]') || /#\\d+/.test(row.textContent || '')));
  window.__benchRows = () => dataRows().length;
  const check = () => {
    const rows = dataRows();
    if (bench.rowsAt === null && !bench.rowsPending && rows.length > 0) {
      bench.rowsPending = true;
      afterPaint((t) => { bench.rowsAt = t; bench.rows = dataRows().length; });
    }
    const s = bench.search;
    if (s && s.startedAt !== null && s.doneAt === null && !s.pending && rows.length > 0 &&
        rows.length <= s.expectedMax && rows.every((r) => (r.textContent || '').includes(s.target))) {
      s.pending = true;
      afterPaint((t) => { s.doneAt = t; s.rows = rows.length; });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('input', (event) => {
    const s = bench.search;
    if (s && s.doneAt === null && !s.pending) s.startedAt = event.timeStamp;
  }, true);
})();`;

interface Row {
  id: number;
  name: string;
  status: string;
  feature_flag_key: string;
  created_by: { first_name?: string; email?: string } | null;
  created_at: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The floor: the same rows as plain server-rendered HTML, no script at all. */
export async function writeDashboardFloor(baseUrl: string, distDir: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/projects/1/experiments/?limit=${PAGE_SIZE}`);
  const { results } = (await res.json()) as { results: Row[] };
  const rows = results
    .map(
      (r) =>
        `<tr><td><a href="/experiments/${r.id}">${escape(r.name)}</a></td><td>${escape(r.status)}</td>` +
        `<td><code>${escape(r.feature_flag_key)}</code></td>` +
        `<td>${escape(r.created_by?.first_name ?? r.created_by?.email ?? '')}</td>` +
        `<td><time datetime="${r.created_at}">${r.created_at.slice(0, 10)}</time></td></tr>`,
    )
    .join('\n');
  writeFileSync(
    join(distDir, DASHBOARD_FLOOR_PATH),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Experiments (floor)</title>
<style>body{font-family:system-ui,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}
td,th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:left}</style></head><body>
<h1>Experiments</h1><table><thead><tr><th>Name</th><th>Status</th><th>Flag</th><th>Created by</th><th>Created</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`,
  );
}

async function timeToRows(
  page: Page,
  url: string,
  reload = false,
): Promise<{ ms: number; rows: number }> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__bench && window.__bench.rowsAt !== null', null, {
    timeout: 30_000,
  });
  return page.evaluate('({ ms: window.__bench.rowsAt, rows: window.__bench.rows })');
}

/** One cold load (new context: empty cache), then one warm reload (assets cached). */
export async function loadTwice(browser: Browser, url: string) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: ROWS_SCRIPT });
    const cold = await timeToRows(page, url);
    const warm = await timeToRows(page, url, true);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/** Experiments whose "#n" is unique and that are not on the first page: each search has one result. */
async function searchTargets(baseUrl: string): Promise<string[]> {
  const targets: string[] = [];
  for (const n of [2345, 4567, 6789, 8123, 9456, 3210, 5678, 7890]) {
    const res = await fetch(
      `${baseUrl}/api/projects/1/experiments/?search=${encodeURIComponent(`#${n}`)}`,
    );
    const body = (await res.json()) as { count: number };
    if (body.count === 1) targets.push(`#${n}`);
    if (targets.length === RUNS) break;
  }
  return targets;
}

async function searchTimes(
  browser: Browser,
  baseUrl: string,
): Promise<{ times: number[] } | { notMeasured: string }> {
  const targets = await searchTargets(baseUrl);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: ROWS_SCRIPT });
    await timeToRows(page, baseUrl + APP_PATH);
    const box = page
      .getByRole('searchbox')
      .or(page.getByLabel(/search/i))
      .first();
    try {
      await box.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      return { notMeasured: 'no search box (role searchbox or label /search/i) on /experiments' };
    }
    const times: number[] = [];
    for (const target of targets) {
      await box.fill('');
      await page.waitForFunction('window.__benchRows() > 1', null, { timeout: 15_000 });
      await page.evaluate(
        `window.__bench.search = { target: ${JSON.stringify(target)}, expectedMax: 1, startedAt: null, doneAt: null, pending: false }`,
      );
      await box.pressSequentially(target, { delay: 60 });
      try {
        await page.waitForFunction('window.__bench.search.doneAt !== null', null, {
          timeout: 15_000,
        });
      } catch {
        return { notMeasured: `searching "${target}" did not narrow the rows to that experiment` };
      }
      times.push(
        await page.evaluate<number>(
          'window.__bench.search.doneAt - window.__bench.search.startedAt',
        ),
      );
    }
    return { times };
  } finally {
    await context.close();
  }
}

export async function dashboardFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  // One unmeasured load of each warms the server's SQLite page cache and Chromium's own start-up.
  await loadTwice(browser, baseUrl + APP_PATH);
  await loadTwice(browser, baseUrl + DASHBOARD_FLOOR_PATH);
  const app = { cold: [] as number[], warm: [] as number[], rows: 0 };
  const floor = { cold: [] as number[], warm: [] as number[] };
  // Interleaved, so a noisy moment on the machine hits both sides.
  for (let i = 0; i < RUNS; i++) {
    const a = await loadTwice(browser, baseUrl + APP_PATH);
    app.cold.push(a.cold.ms);
    app.warm.push(a.warm.ms);
    app.rows = a.cold.rows;
    const f = await loadTwice(browser, baseUrl + DASHBOARD_FLOOR_PATH);
    floor.cold.push(f.cold.ms);
    floor.warm.push(f.warm.ms);
  }
  const spread = (xs: number[]) => `runs ${xs.map((x) => Math.round(x)).join(', ')} ms`;
  const figures: Figure[] = [
    {
      benchmark: 'Dashboard 10k',
      figure: `first page of rows painted, cold (median of ${RUNS})`,
      unit: 'ms',
      value: median(app.cold),
      floor: median(floor.cold),
      floorLabel: `static HTML, same ${PAGE_SIZE} rows`,
      limit: { value: 1000, source: 'issue 3' },
      notes: `${app.rows} rows shown; ${spread(app.cold)}`,
    },
    {
      benchmark: 'Dashboard 10k',
      figure: `first page of rows painted, warm cache (median of ${RUNS})`,
      unit: 'ms',
      value: median(app.warm),
      floor: median(floor.warm),
      floorLabel: 'static HTML, reload',
      limit: { value: 1000, source: 'issue 3' },
      notes: spread(app.warm),
    },
  ];
  const search = await searchTimes(browser, baseUrl);
  figures.push({
    benchmark: 'Dashboard 10k',
    figure: `search: last keystroke → result painted (median of ${RUNS})`,
    unit: 'ms',
    value: 'times' in search ? median(search.times) : null,
    floor: null,
    ...('times' in search
      ? { notes: `includes the debounce; ${spread(search.times)}` }
      : { notMeasured: search.notMeasured }),
  });
  return figures;
}
