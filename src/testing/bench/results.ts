import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@/server/db/connection';
import { ensureBaseData } from '@/server/seed/base';
import { placeholderDist, startServer, type ServerProcess } from '../robustness/server-process';
import type { Figure } from './report';
import {
  FUNNEL_METRIC,
  MEAN_METRIC,
  RESULTS_EVENTS,
  RESULTS_PEOPLE,
  writeResultsDataset,
} from './results-dataset';
import { median } from './stats';

/**
 * Results 100k: one metric's `ExperimentQuery` over an experiment with 100,000 exposed people and
 * 1,000,000 events, through the real server over HTTP (its own temp database and process), against a
 * floor from the same run: SQLite counting the same million events in one pass over their index, the
 * least any query over them can cost.
 */

const RUNS = 7;
const LIMIT_MS = 300;
const DATABASE_FILE = 'experiment-console.sqlite';

export async function resultsFigures(
  workDir: string,
  log: (message: string) => void,
): Promise<Figure[]> {
  const dataDir = join(workDir, 'results-data');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const db = openDatabase(file);
  let experimentId: number;
  try {
    ensureBaseData(db);
    log(
      `writing ${RESULTS_PEOPLE.toLocaleString('en-US')} people, ${RESULTS_EVENTS.toLocaleString('en-US')} events`,
    );
    experimentId = writeResultsDataset(db, new Date());
  } finally {
    db.close();
  }
  let server: ServerProcess | undefined;
  const read = new Database(file, { readonly: true });
  try {
    server = await startServer({
      dataDir,
      distDir: placeholderDist(join(workDir, 'results-dist')),
    });
    log(`results server ${server.baseUrl} (pid ${server.pid})`);
    const url = `${server.baseUrl}/api/projects/1/query/`;
    const timeQuery = async (query: object) => {
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { variant_results?: unknown[]; total_exposures?: object };
      if (res.status !== 200)
        throw new Error(`query answered ${res.status}: ${JSON.stringify(body)}`);
      return { ms: performance.now() - started, body };
    };
    const metricQuery = (metric: object) => ({
      kind: 'ExperimentQuery',
      experiment_id: experimentId,
      metric,
    });
    const exposureQuery = { kind: 'ExperimentExposureQuery', experiment_id: experimentId };
    const floorStatement = read
      .prepare('SELECT COUNT(*) FROM events WHERE team_id = ? AND timestamp >= ?')
      .pluck();
    const floorOnce = () => {
      const started = performance.now();
      floorStatement.get(1, 0);
      return performance.now() - started;
    };
    // One unmeasured round warms the server's SQLite page cache and this process's connection.
    await timeQuery(metricQuery(MEAN_METRIC));
    await timeQuery(metricQuery(FUNNEL_METRIC));
    floorOnce();
    const times = {
      mean: [] as number[],
      funnel: [] as number[],
      exposures: [] as number[],
      floor: [] as number[],
    };
    let exposed = 0;
    // Interleaved, so a noisy moment on the machine hits every side.
    for (let i = 0; i < RUNS; i++) {
      times.mean.push((await timeQuery(metricQuery(MEAN_METRIC))).ms);
      times.funnel.push((await timeQuery(metricQuery(FUNNEL_METRIC))).ms);
      const exposures = await timeQuery(exposureQuery);
      times.exposures.push(exposures.ms);
      exposed = Object.values(exposures.body.total_exposures ?? {}).reduce(
        (n: number, v) => n + Number(v),
        0,
      );
      times.floor.push(floorOnce());
    }
    const events = read.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    const spread = (xs: number[]) => `runs ${xs.map((x) => Math.round(x)).join(', ')} ms`;
    const floor = median(times.floor);
    const floorLabel = `SQLite COUNT over the ${events.toLocaleString('en-US')} events' index, in-process`;
    const figure = (name: string, samples: number[], limit: boolean, notes: string): Figure => ({
      benchmark: 'Results 100k',
      figure: `${name} (median of ${RUNS}, HTTP)`,
      unit: 'ms',
      value: median(samples),
      floor,
      floorLabel,
      ...(limit ? { limit: { value: LIMIT_MS, source: 'issue 11' } } : {}),
      notes: `${notes}; ${spread(samples)}`,
    });
    return [
      figure(
        'ExperimentQuery, mean (count of $pageview)',
        times.mean,
        true,
        `${exposed.toLocaleString('en-US')} exposed`,
      ),
      figure(
        'ExperimentQuery, funnel (2 steps)',
        times.funnel,
        true,
        'checkout_started → purchase',
      ),
      figure('ExperimentExposureQuery', times.exposures, false, 'daily cumulative exposures, SRM'),
    ];
  } finally {
    read.close();
    await server?.stop().catch(() => undefined);
  }
}
