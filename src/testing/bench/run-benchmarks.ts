/**
 * `npm run bench`: the project's speed figures, each measured next to its floor in the same run, printed as
 * a table and written to bench-results.json. Never part of `npm test`. About five minutes on 2 cores,
 * half of it the scale curve (scale-curve.ts: 1k, 10k and 100k experiments, each on its own server).
 *
 * One real server (node --import tsx src/server/cli/start.ts) on a free loopback port, over a temp
 * DATA_DIR seeded with the demo project plus 10,000 generated experiments and a temp DIST_DIR holding the
 * production build, the floor app and the two static floor pages. Everything it starts is stopped by PID at
 * the end, also on failure or Ctrl-C.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import {
  killAllServers,
  PROJECT_ROOT,
  startServer,
  type ServerProcess,
} from '../robustness/server-process';
import { apiFigures, killWorkers } from './api';
import { launchChromium } from './browser';
import { buildApp, buildFloorApp, bundleFigures } from './bundle';
import { dashboardFigures, writeDashboardFloor } from './dashboard';
import { editorFigures, writeEditorFloor } from './editor';
import { renderTable, type Figure } from './report';
import { resultsFigures } from './results';
import { scaleCurve, type ScaleCurve } from './scale-curve';
import { seedBenchData } from './seed-data';

const EXPERIMENTS = 10_000;

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

/** Runs one benchmark; a failure becomes a "not measured" line instead of stopping the others. */
async function attempt(name: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  log(`${name}…`);
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(error);
    return [
      {
        benchmark: name,
        figure: '(all)',
        unit: '',
        value: null,
        floor: null,
        notMeasured: `failed: ${message}`,
        failed: true,
      },
    ];
  }
}

async function main(): Promise<number> {
  const loadAtStart = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), 'experiment-console-bench-'));
  const dataDir = join(work, 'data');
  const distDir = join(work, 'dist');
  mkdirSync(dataDir);
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const figures: Figure[] = [];
  const cleanUp = () => {
    killWorkers();
    killAllServers();
    rmSync(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    log(`seeding the demo project + ${EXPERIMENTS.toLocaleString('en-US')} experiments`);
    const targets = seedBenchData(dataDir, EXPERIMENTS);
    log('building the app (production build)');
    await buildApp(distDir);
    log('building the floor app (React + MUI + React Query + react-hook-form + zod)');
    await buildFloorApp(distDir);
    writeEditorFloor(distDir);
    server = await startServer({ dataDir, distDir });
    log(`server ${server.baseUrl} (pid ${server.pid})`);
    await writeDashboardFloor(server.baseUrl, distDir);
    const baseUrl = server.baseUrl;

    browser = await launchChromium();
    const chromium = browser.version();
    figures.push(...(await attempt('Bundle', () => bundleFigures(browser as Browser, baseUrl))));
    figures.push(
      ...(await attempt('Dashboard 10k', () => dashboardFigures(browser as Browser, baseUrl))),
    );
    figures.push(...(await attempt('Editor', () => editorFigures(browser as Browser, baseUrl))));
    await browser.close();
    browser = undefined;
    figures.push(...(await attempt('API 10k', () => apiFigures(baseUrl, targets))));
    let curve: ScaleCurve | undefined;
    figures.push(
      ...(await attempt('Scale curve', async () => {
        curve = await scaleCurve({
          work,
          distDir,
          main: { baseUrl, targets, experiments: EXPERIMENTS },
          log,
        });
        return [];
      })),
    );
    figures.push(...(await attempt('Results 100k', () => resultsFigures(work, log))));

    const table = renderTable(figures);
    console.log(`\n${table}\n`);
    if (curve) {
      console.log(`Scale curve (${curve.setup}):\n\n${curve.table}\n\n${curve.notes.join('\n')}\n`);
    }
    const load = { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 };
    // The bench itself keeps about two cores busy; a load above one before it started is someone else's.
    if (load.atStart > 1) {
      console.log(
        `Note: the machine was already busy when the bench started (1-minute load average ` +
          `${load.atStart.toFixed(1)} on ${cpus().length} cores): the ratios to the floors hold better ` +
          'than the absolute figures.',
      );
    }
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? null,
        node: process.version,
        chromium,
        loadAverage: load,
      },
      experiments: EXPERIMENTS,
      figures,
      table,
      scaleCurve: curve ?? null,
    };
    writeFileSync(
      join(PROJECT_ROOT, 'bench-results.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    log('wrote bench-results.json');
    const failed = figures.filter((f) => f.failed);
    if (failed.length > 0) {
      console.error(`Failed: ${failed.map((f) => `${f.benchmark} ${f.figure}`).join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    killWorkers();
    killAllServers();
    process.exit(1);
  },
);
