import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { AFTER_PAINT, newContext } from './browser';
import type { Figure } from './report';
import { median, quantile } from './stats';

/**
 * Editor: keystroke → next paint while typing 100 characters into the Name field of an experiment with 20
 * variants and 20 metrics, against a blank page with one plain input. Each keydown's own timestamp is
 * compared with the end of the first frame painted after it; the Event Timing API (durationThreshold 16)
 * also counts the keystrokes that took 16 ms or more.
 */

const RUNS = 2;
const TEXT =
  'Checkout redesign: sticky call to action, shorter copy and trust badges for EU mobile users (v2)!'
    .padEnd(100, '.')
    .slice(0, 100);
export const EDITOR_FLOOR_PATH = '/bench-editor-floor.html';

const KEYS_SCRIPT = `(() => {
  ${AFTER_PAINT}
  const keys = { samples: [], slow: [] };
  window.__keys = keys;
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    afterPaint((t) => keys.samples.push(t - start));
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) keys.slow.push({ id: e.interactionId, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) { keys.eventTimingError = String(error); }
})();`;

export function writeEditorFloor(distDir: string): void {
  writeFileSync(
    join(distDir, EDITOR_FLOOR_PATH),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor (floor)</title></head>' +
      '<body><label>Name <input type="text" name="name"></label></body></html>',
  );
}

/** An experiment as heavy as the editor will meet: 20 variants, 10 primary and 10 secondary metrics. */
export async function createHeavyExperiment(baseUrl: string): Promise<number> {
  const metric = (i: number) =>
    i % 3 === 2
      ? {
          kind: 'ExperimentMetric',
          metric_type: 'funnel',
          name: `Funnel ${i}`,
          series: [
            { kind: 'EventsNode', event: `bench_step_${i}_a` },
            { kind: 'EventsNode', event: `bench_step_${i}_b` },
          ],
        }
      : {
          kind: 'ExperimentMetric',
          metric_type: 'mean',
          name: `Mean ${i}`,
          source: { kind: 'EventsNode', event: `bench_event_${i}` },
        };
  const res = await fetch(`${baseUrl}/api/projects/1/experiments/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Benchmark: twenty variants and twenty metrics',
      description: 'Created by `npm run bench` to time typing in the editor.',
      feature_flag_key: `bench-editor-${Date.now()}`,
      parameters: {
        feature_flag_variants: Array.from({ length: 20 }, (_, i) => ({
          key: i === 0 ? 'control' : `variant-${i}`,
          split_percent: 5,
        })),
      },
      metrics: Array.from({ length: 10 }, (_, i) => metric(i)),
      metrics_secondary: Array.from({ length: 10 }, (_, i) => metric(10 + i)),
      allow_unknown_events: true,
    }),
  });
  const body = (await res.json()) as { id?: number };
  if (res.status !== 201 || !body.id) {
    throw new Error(
      `creating the editor benchmark's experiment: ${res.status} ${JSON.stringify(body)}`,
    );
  }
  return body.id;
}

interface Typed {
  samples: number[];
  /** Keystrokes (interactions) the Event Timing API saw take ≥ 16 ms, with the longest one. */
  slow: number;
  worst: number;
}

async function typeInto(browser: Browser, url: string): Promise<Typed | null> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: KEYS_SCRIPT });
    await page.goto(url);
    // MUI marks a required label "Name *" (the asterisk hidden from screen readers).
    const field = page
      .getByRole('textbox', { name: /^Name\s*\*?$/ })
      .or(page.getByLabel('Name', { exact: true }))
      .first();
    try {
      await field.waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      return null;
    }
    const tag = await field.evaluate((el) => el.tagName);
    if (tag !== 'INPUT' && tag !== 'TEXTAREA') return null;
    await field.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    await page.evaluate('window.__keys.samples.length = 0; window.__keys.slow.length = 0');
    await page.keyboard.type(TEXT, { delay: 50 });
    await page.waitForTimeout(500);
    const keys = await page.evaluate<{
      samples: number[];
      slow: { id: number; duration: number }[];
    }>('window.__keys');
    const byInteraction = new Map<number, number>();
    for (const e of keys.slow)
      byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    return {
      samples: keys.samples,
      slow: byInteraction.size,
      worst: Math.max(0, ...byInteraction.values()),
    };
  } finally {
    await context.close();
  }
}

export async function editorFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const id = await createHeavyExperiment(baseUrl);
  const editorUrl = `${baseUrl}/experiments/${id}/edit`;
  const app: Typed[] = [];
  const floor: Typed[] = [];
  for (let i = 0; i < RUNS; i++) {
    const typed = await typeInto(browser, editorUrl);
    if (typed) app.push(typed);
    const plain = await typeInto(browser, baseUrl + EDITOR_FLOOR_PATH);
    if (!plain) throw new Error('the editor floor page has no Name input');
    floor.push(plain);
  }
  const all = (runs: Typed[]) => runs.flatMap((r) => r.samples);
  const notMeasured =
    app.length === 0
      ? 'editor not built: no input labelled "Name" on /experiments/:id/edit'
      : undefined;
  const figure = (q: number, label: string): Figure => ({
    benchmark: 'Editor',
    figure: `keystroke → paint, ${label} (${RUNS}×100 keys, 20 variants + 20 metrics)`,
    unit: 'ms',
    value: notMeasured ? null : quantile(all(app), q),
    floor: quantile(all(floor), q),
    floorLabel: 'blank page, one plain input',
    ...(notMeasured ? { notMeasured } : {}),
  });
  const slow = (runs: Typed[]) =>
    `${runs.reduce((n, r) => n + r.slow, 0)}/${runs.length * TEXT.length} keys ≥ 16 ms by Event Timing` +
    ` (worst ${Math.round(Math.max(0, ...runs.map((r) => r.worst)))} ms)`;
  const p50 = figure(0.5, 'median');
  const p95 = figure(0.95, 'p95');
  if (!notMeasured) {
    p50.notes = `app ${slow(app)}; floor ${slow(floor)}`;
    p95.notes = `median of the two runs' p95s: ${median(app.map((r) => quantile(r.samples, 0.95))).toFixed(1)} ms`;
  }
  return [p50, p95];
}
