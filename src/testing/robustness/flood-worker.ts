/**
 * One client flooding the server, in its own process (child_process.fork) so that reading its answers does
 * not slow the test's own measurements: `connections` keep-alive connections from `localAddress`, each
 * sending `path` again as soon as the previous answer has been read, until told to stop (or, at the
 * latest, `durationMs` has passed).
 */
import http from 'node:http';
import { resolve } from 'node:path';
import { now } from './raw-http';

export interface FloodJob {
  url: string;
  localAddress: string;
  connections: number;
  durationMs: number;
}

export interface FloodResult {
  statuses: Record<string, number>;
  errors: number;
  /** When each answer had been read, as `now()` (comparable across processes). */
  answeredAt: number[];
}

function once(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0));
  });
}

export async function flood(job: FloodJob, stopped = () => false): Promise<FloodResult> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: job.connections,
    localAddress: job.localAddress,
  });
  const end = performance.now() + job.durationMs;
  const statuses: Record<string, number> = {};
  const answeredAt: number[] = [];
  const loop = async () => {
    while (performance.now() < end && !stopped()) {
      const status = await once(agent, job.url);
      answeredAt.push(now());
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  agent.destroy();
  return { statuses, errors: statuses['0'] ?? 0, answeredAt };
}

// Only when forked as a script: a test that imports this module must not answer its own process's messages.
if (process.send && process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  let stop = false;
  process.on('message', (message: FloodJob | 'stop') => {
    if (message === 'stop') stop = true;
    else
      void flood(message, () => stop).then((result) =>
        process.send?.(result, undefined, {}, () => process.exit(0)),
      );
  });
}
