import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { LoadJob, LoadResult } from './load-worker';
import type { Figure } from './report';
import { quantile } from './stats';

/**
 * API under load on a 10,000-experiment database: list (50 per page, search + status), retrieve and PATCH,
 * each for a fixed time at a fixed concurrency from a second process on loopback, against the same
 * server's trivial GET /api/console/config under the same load (the floor).
 */

const CONCURRENCY = 8;
const WARMUP_MS = 1000;
const DURATION_MS = 5000;
const WORKER = join(import.meta.dirname, 'load-worker.ts');

const workers = new Set<ChildProcess>();
/** Kills load generators still running (on failure or Ctrl-C). */
export function killWorkers(): void {
  for (const worker of workers)
    if (worker.exitCode === null && worker.pid) process.kill(worker.pid, 'SIGKILL');
  workers.clear();
}

export function runInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(WORKER, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    workers.add(worker);
    const timer = setTimeout(
      () => {
        worker.kill('SIGKILL');
        reject(new Error('the load generator did not finish in time'));
      },
      job.warmupMs + job.durationMs + 60_000,
    );
    worker.once('message', (result) => {
      clearTimeout(timer);
      resolve(result as LoadResult);
    });
    worker.once('exit', (code) => {
      workers.delete(worker);
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`the load generator exited with ${code}`));
    });
    worker.send(job);
  });
}

export interface ApiTargets {
  /** Experiments to retrieve. */
  readIds: number[];
  /** Experiments the signed-in user may edit, to PATCH. */
  writeIds: number[];
}

const P = '/api/projects/1/experiments/';
const LIST_QUERIES: [string, string][] = [
  ['checkout', 'running'],
  ['onboarding', 'stopped'],
  ['social proof', 'draft'],
  ['EU', 'paused'],
  ['pricing', 'running'],
  ['#12', 'stopped'],
  ['annual', 'running'],
  ['mobile', 'draft'],
];

export interface Scenario {
  label: string;
  requests: LoadJob['requests'];
}

/** The floor, then what is measured against it: list, list + search + status, retrieve, PATCH. */
export function apiScenarios(targets: ApiTargets): [Scenario, ...Scenario[]] {
  return [
    {
      label: 'GET /api/console/config (floor)',
      requests: [{ method: 'GET', path: '/api/console/config' }],
    },
    {
      label: 'list: limit=50, no filter',
      requests: [{ method: 'GET', path: `${P}?limit=50` }],
    },
    {
      label: 'list: limit=50 + search + status',
      requests: LIST_QUERIES.map(([search, status]) => ({
        method: 'GET',
        path: `${P}?${new URLSearchParams({ limit: '50', search, status })}`,
      })),
    },
    {
      label: 'retrieve',
      requests: targets.readIds.map((id) => ({ method: 'GET', path: `${P}${id}/` })),
    },
    {
      label: 'PATCH description',
      requests: targets.writeIds.map((id) => ({
        method: 'PATCH',
        path: `${P}${id}/`,
        body: JSON.stringify({ description: 'Benchmark write %n%' }),
      })),
    },
  ];
}

export async function apiFigures(baseUrl: string, targets: ApiTargets): Promise<Figure[]> {
  const scenarios = apiScenarios(targets);
  const results: { label: string; result: LoadResult }[] = [];
  for (const s of scenarios) {
    const result = await runInWorker({
      baseUrl,
      concurrency: CONCURRENCY,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
      requests: s.requests,
    });
    results.push({ label: s.label, result });
  }
  const [floor, ...measured] = results as [(typeof results)[number], ...typeof results];
  const rps = (r: LoadResult) => r.requests / r.seconds;
  const figures: Figure[] = [];
  const setup = `${CONCURRENCY} connections, ${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up`;
  for (const { label, result } of measured) {
    const errors = `${result.errors} errors of ${result.requests.toLocaleString('en-US')}`;
    figures.push(
      {
        benchmark: 'API 10k',
        figure: `${label}: throughput`,
        unit: 'req/s',
        value: rps(result),
        floor: rps(floor.result),
        floorLabel: 'GET /api/console/config, same load',
        notes: `${errors}; ${setup}${result.firstError ? `; first error: ${result.firstError}` : ''}`,
        failed: result.errors > 0,
      },
      {
        benchmark: 'API 10k',
        figure: `${label}: p50 latency`,
        unit: 'ms',
        value: quantile(result.latencies, 0.5),
        floor: quantile(floor.result.latencies, 0.5),
      },
      {
        benchmark: 'API 10k',
        figure: `${label}: p99 latency`,
        unit: 'ms',
        value: quantile(result.latencies, 0.99),
        floor: quantile(floor.result.latencies, 0.99),
      },
    );
  }
  figures.push({
    benchmark: 'API 10k',
    figure: 'errors (must be 0)',
    unit: '',
    value: results.reduce((n, r) => n + r.result.errors, 0),
    floor: floor.result.errors,
    limit: { value: 0, source: 'issue 7' },
    notes: `${results.reduce((n, r) => n + r.result.requests, 0).toLocaleString('en-US')} requests in all`,
    failed: results.some((r) => r.result.errors > 0),
  });
  return figures;
}
