import { mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startServer, type ServerProcess } from '../robustness/server-process';
import { apiScenarios, runInWorker, type ApiTargets } from './api';
import { launchChromium } from './browser';
import { APP_PATH, loadTwice } from './dashboard';
import type { LoadResult } from './load-worker';
import { seedBenchData } from './seed-data';
import { formatValue, median, quantile, round } from './stats';

/**
 * The scale curve (issue 12): the same API figures and the dashboard's first rows at 1k, 10k and 100k
 * experiments, each on its own server and database, with shorter runs than the main 10k table (2 s of load
 * per point, 2 browser loads). Also what a cache miss costs: the list answers from caches that any write
 * empties (services/experiments/list-cache.ts), so the first list after a write is measured on its own.
 */

export const SCALES = [1_000, 10_000, 100_000] as const;
const CONCURRENCY = 8;
const WARMUP_MS = 500;
const DURATION_MS = 2000;
const BROWSER_RUNS = 2;
const AFTER_WRITE_RUNS = 15;
const P = '/api/projects/1/experiments/';

export interface CurveRow {
  figure: string;
  unit: 'ms' | 'req/s' | '×';
  /** By scale (number of generated experiments); null when not measured. */
  values: Record<number, number | null>;
  /** The value at 100k over the value at 10k. */
  ratio: number | null;
  /** The goal on that ratio, when there is one. */
  goal?: number;
}

export interface ScaleCurve {
  scales: readonly number[];
  setup: string;
  rows: CurveRow[];
  table: string;
  notes: string[];
}

type Point = Map<string, { unit: CurveRow['unit']; value: number | null; goal?: number }>;

/** One sequential GET on a keep-alive connection: its latency in ms (the body read to the end). */
function timedGet(agent: http.Agent, baseUrl: string, path: string, method = 'GET', body?: string) {
  const url = new URL(baseUrl);
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () =>
          (res.statusCode ?? 0) < 300
            ? resolve(performance.now() - started)
            : reject(new Error(`${method} ${path} → ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The list's latency right after a write (a PATCH, then one GET: its caches are empty) next to the same
 * GET again (answered from them), one request at a time so nothing queues.
 */
async function afterWrite(baseUrl: string, targets: ApiTargets, point: Point): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const [, plain, filtered] = apiScenarios(targets);
  const sets = [
    { label: 'list: limit=50, no filter', paths: plain?.requests ?? [] },
    { label: 'list: limit=50 + search + status', paths: filtered?.requests ?? [] },
  ];
  try {
    for (const { label, paths } of sets) {
      const miss: number[] = [];
      const hit: number[] = [];
      for (let i = 0; i < AFTER_WRITE_RUNS; i++) {
        const id = targets.writeIds[i % targets.writeIds.length];
        const path = paths[i % paths.length]?.path ?? P;
        await timedGet(
          agent,
          baseUrl,
          `${P}${id}/`,
          'PATCH',
          JSON.stringify({ description: `Curve write ${i}` }),
        );
        miss.push(await timedGet(agent, baseUrl, path));
        hit.push(await timedGet(agent, baseUrl, path));
      }
      point.set(`${label}: first request after a write (cache miss), median`, {
        unit: 'ms',
        value: median(miss),
      });
      point.set(`${label}: first request after a write (cache miss), max`, {
        unit: 'ms',
        value: Math.max(...miss),
      });
      point.set(`${label}: the same request again (cached), median`, {
        unit: 'ms',
        value: median(hit),
      });
    }
  } finally {
    agent.destroy();
  }
}

async function measurePoint(
  baseUrl: string,
  targets: ApiTargets,
  browser: Browser | undefined,
): Promise<Point> {
  const point: Point = new Map();
  let floorP99: number | null = null;
  for (const scenario of apiScenarios(targets)) {
    const result: LoadResult = await runInWorker({
      baseUrl,
      concurrency: CONCURRENCY,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
      requests: scenario.requests,
    });
    const isList = scenario.label.startsWith('list');
    point.set(`${scenario.label}: throughput`, {
      unit: 'req/s',
      value: result.errors > 0 ? null : result.requests / result.seconds,
    });
    point.set(`${scenario.label}: p50 latency`, {
      unit: 'ms',
      value: quantile(result.latencies, 0.5),
    });
    const p99 = quantile(result.latencies, 0.99);
    floorP99 ??= p99;
    point.set(`${scenario.label}: p99 latency`, {
      unit: 'ms',
      value: p99,
      ...(isList ? { goal: 2 } : {}),
    });
    // The same p99 over the floor's, measured on the same server moments before: on a shared machine the
    // load moves between points, and this ratio is what it does not move.
    if (isList) {
      point.set(`${scenario.label}: p99 ÷ the floor's p99 at this scale`, {
        unit: '×',
        value: floorP99 ? p99 / floorP99 : null,
        goal: 2,
      });
    }
  }
  await afterWrite(baseUrl, targets, point);
  if (browser) {
    // One unmeasured load first (Chromium's start-up, the server's first render at this scale).
    await loadTwice(browser, baseUrl + APP_PATH);
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) {
      const run = await loadTwice(browser, baseUrl + APP_PATH);
      cold.push(run.cold.ms);
      warm.push(run.warm.ms);
    }
    point.set(`dashboard: first rows painted, cold (median of ${BROWSER_RUNS})`, {
      unit: 'ms',
      value: median(cold),
    });
    point.set(`dashboard: first rows painted, reload (median of ${BROWSER_RUNS})`, {
      unit: 'ms',
      value: median(warm),
    });
  }
  return point;
}

function renderCurve(rows: CurveRow[], scales: readonly number[]): string {
  const scaleName = (n: number) => `${n / 1000}k`;
  const header = [
    'Figure',
    ...scales.map(scaleName),
    `${scaleName(scales.at(-1) ?? 0)} / ${scaleName(scales[1] ?? 0)}`,
    'Goal',
  ];
  const lines = rows.map((row) => [
    row.figure,
    ...scales.map((s) => {
      const v = row.values[s];
      if (row.unit === '×') return v == null ? '—' : `${v.toFixed(2)}×`;
      return formatValue(v == null ? null : round(v, 2), row.unit);
    }),
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    row.goal === undefined
      ? ''
      : `≤ ${row.goal}× ${row.ratio !== null && row.ratio <= row.goal ? 'ok' : 'OVER'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}

/**
 * Measures every scale; `main` is the bench's running 10k server (reused for the 10k point), the other
 * scales get a fresh database and server under `work`, stopped (and deleted) before the next.
 */
export async function scaleCurve(options: {
  work: string;
  distDir: string;
  main: { baseUrl: string; targets: ApiTargets; experiments: number };
  log: (message: string) => void;
  /** false: API figures only (no Chromium). */
  dashboard?: boolean;
  /** Smallest first; the last over the second is the ratio printed. */
  scales?: readonly number[];
}): Promise<ScaleCurve> {
  const { work, distDir, main, log, dashboard = true, scales = SCALES } = options;
  const points = new Map<number, Point>();
  let browser: Browser | undefined;
  try {
    browser = dashboard
      ? await launchChromium().catch((error: unknown) => {
          log(`no browser for the curve's dashboard figure: ${String(error)}`);
          return undefined;
        })
      : undefined;
    for (const scale of scales) {
      if (scale === main.experiments) {
        log(`scale curve: ${scale.toLocaleString('en-US')} experiments (the main server)`);
        points.set(scale, await measurePoint(main.baseUrl, main.targets, browser));
        continue;
      }
      const dataDir = join(work, `curve-${scale}`);
      mkdirSync(dataDir, { recursive: true });
      const seedStarted = performance.now();
      const targets = seedBenchData(dataDir, scale);
      log(
        `scale curve: seeded ${scale.toLocaleString('en-US')} experiments in ` +
          `${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
      );
      let server: ServerProcess | undefined;
      try {
        server = await startServer({ dataDir, distDir });
        points.set(scale, await measurePoint(server.baseUrl, targets, browser));
      } finally {
        await server?.stop().catch(() => undefined);
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
  }
  const labels = [...(points.get(scales[0] ?? 0) ?? new Map()).keys()] as string[];
  const rows: CurveRow[] = labels.map((figure) => {
    const values: Record<number, number | null> = {};
    for (const scale of scales) values[scale] = points.get(scale)?.get(figure)?.value ?? null;
    const at = points.get(scales[0] ?? 0)?.get(figure);
    const ten = values[scales[1] ?? -1] ?? null;
    const hundred = values[scales.at(-1) ?? -1] ?? null;
    return {
      figure,
      unit: at?.unit ?? 'ms',
      values,
      ratio: ten && hundred != null ? hundred / ten : null,
      ...(at?.goal !== undefined ? { goal: at.goal } : {}),
    };
  });
  const setup =
    `${CONCURRENCY} connections, ${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up per ` +
    `figure; after-write: ${AFTER_WRITE_RUNS} × (PATCH, GET, GET) one at a time; dashboard: ` +
    `${BROWSER_RUNS} loads`;
  return {
    scales,
    setup,
    rows,
    table: renderCurve(rows, scales),
    notes: [
      'The list answers from caches that any write empties (a change counter kept by SQLite triggers): ' +
        'the "first request after a write" rows are what a cache miss costs at each scale.',
    ],
  };
}
