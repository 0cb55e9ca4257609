import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * The real server (`node --import tsx src/server/cli/start.ts`) as a child process, for the robustness
 * tests and the benchmarks: its own DATA_DIR, DIST_DIR and loopback port, stopped by its PID.
 */

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const START_SCRIPT = 'src/server/cli/start.ts';
const BUILD_INPUT_GRACE_MS = 365 * 24 * 3600 * 1000;

export interface ServerProcess {
  pid: number;
  port: number;
  baseUrl: string;
  /** What the server printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  /** Sends a signal and waits for the process to exit. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server this process started and has not stopped yet (synchronous: usable on exit). */
export function killAllServers(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  running.clear();
}
process.once('exit', killAllServers);

/** A port that was free on loopback a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Marks a dist folder as newer than every source, so start.ts serves it as it is instead of rebuilding it
 * (a rebuild would also empty the folder). The mtime is set a year ahead.
 */
export function markBuilt(distDir: string): void {
  const future = new Date(Date.now() + BUILD_INPUT_GRACE_MS);
  utimesSync(join(distDir, 'index.html'), future, future);
}

/** A one-file dist for tests that only talk to the API: no Vite build needed to start the server. */
export function placeholderDist(distDir: string): string {
  mkdirSync(distDir, { recursive: true });
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><title>Experiment Console (test placeholder)</title>',
  );
  markBuilt(distDir);
  return distDir;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });

export interface StartOptions {
  dataDir: string;
  distDir: string;
  port?: number;
  readyTimeoutMs?: number;
  /** Open files the server may hold (`ulimit -n`), to meet the limit without opening 20,000 sockets. */
  openFileLimit?: number;
}

/** Starts the server and resolves once GET /api/console/config answers 200. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    DIST_DIR: options.distDir,
  };
  // Always the embedded API, without a key, whatever the calling shell has set.
  for (const name of [
    'POSTHOG_HOST',
    'POSTHOG_PERSONAL_API_KEY',
    'POSTHOG_PROJECT_ID',
    'EMBEDDED_API_KEY',
    'ALLOWED_HOSTS',
  ]) {
    delete env[name];
  }
  const node = [process.execPath, '--import', 'tsx', START_SCRIPT];
  // `exec` keeps the PID: the shell becomes the server, so stopping it by PID still works.
  const [command, ...args] = options.openFileLimit
    ? ['/bin/sh', '-c', `ulimit -n ${options.openFileLimit} && exec "$@"`, 'sh', ...node]
    : node;
  const child = spawn(command as string, args, {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!child.pid) throw new Error('Could not spawn the server process.');
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.once('exit', () => running.delete(child));

  const pid = child.pid;
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    pid,
    port,
    baseUrl,
    output: () => log,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
      await exited(child);
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
      }, graceMs);
      await exited(child);
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/console/config`);
      await res.arrayBuffer();
      if (res.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.kill('SIGKILL');
  throw new Error(`The server was not ready within the timeout:\n${log}`);
}
