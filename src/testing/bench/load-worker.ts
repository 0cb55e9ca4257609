/**
 * The API load generator, run in its own process (child_process.fork) so its CPU is not the server's
 * event loop: `concurrency` keep-alive connections on loopback, each sending the next request as soon as
 * the previous answer has been read, for a warm-up and then a fixed measured time.
 */
import http from 'node:http';

export interface LoadJob {
  baseUrl: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Sent round-robin. "%n%" in a body is replaced by the request's sequence number. */
  requests: { method: string; path: string; body?: string }[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
  statuses: Record<string, number>;
  firstError: string | null;
}

function send(
  agent: http.Agent,
  url: URL,
  request: LoadJob['requests'][number],
  n: number,
): Promise<{ status: number; error: string | null }> {
  const body = request.body?.replaceAll('%n%', String(n));
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        const status = res.statusCode ?? 0;
        let text = '';
        res.on('data', (chunk: Buffer) => {
          if (status >= 300 && text.length < 500) text += chunk.toString();
        });
        res.on('end', () =>
          resolve({
            status,
            error: status >= 300 ? `${request.method} ${request.path} → ${status} ${text}` : null,
          }),
        );
      },
    );
    req.on('error', (error) =>
      resolve({ status: 0, error: `${request.method} ${request.path}: ${error.message}` }),
    );
    req.end(body);
  });
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const url = new URL(job.baseUrl);
  const start = performance.now();
  const measureFrom = start + job.warmupMs;
  const end = measureFrom + job.durationMs;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  let lastDone = measureFrom;
  const loop = async () => {
    while (performance.now() < end) {
      const n = next++;
      const request = job.requests[n % job.requests.length] as LoadJob['requests'][number];
      const sent = performance.now();
      const { status, error } = await send(agent, url, request, n);
      const done = performance.now();
      if (sent < measureFrom) continue;
      latencies.push(done - sent);
      lastDone = Math.max(lastDone, done);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (error) {
        errors += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, loop));
  agent.destroy();
  return {
    requests: latencies.length,
    seconds: (lastDone - measureFrom) / 1000,
    latencies,
    errors,
    statuses,
    firstError,
  };
}

if (process.send) {
  process.once('message', (job: LoadJob) => {
    void runLoad(job).then((result) =>
      process.send?.(result, undefined, {}, () => process.exit(0)),
    );
  });
}
