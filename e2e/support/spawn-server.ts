import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface SpawnedServer {
  url: string;
  stop: () => Promise<void>;
  /** The personal API key `npm run users -- add` printed for each user asked for, by email. */
  keys: Record<string, string>;
  /** Its data folder (the SQLite files). */
  dataDir: string;
  /** Everything it has printed so far. */
  output: () => string;
}

export interface NewUser {
  email: string;
  name: string;
  role: 'member' | 'viewer';
}

/**
 * Starts one more real server (`src/server/cli/start.ts`) for a spec that needs several, on a fresh data
 * folder, and waits until it answers. Stopped by its own PID.
 */
export async function spawnServer(options: {
  port: number;
  env: Record<string, string>;
  /** Header the health check needs when the server requires a key. */
  authorization?: string;
  /** Generated experiments added to the demo first, with the real seed command (`npm run seed`). */
  seedExperiments?: number;
  /** People added with the real command (`npm run users -- add`) before the server starts. */
  users?: NewUser[];
}): Promise<SpawnedServer> {
  const dataDir = resolve(ROOT, `e2e/.output/data-${options.port}`);
  rmSync(dataDir, { recursive: true, force: true });
  if (options.seedExperiments) {
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/server/cli/seed.ts',
        '--data-dir',
        dataDir,
        '--experiments',
        String(options.seedExperiments),
      ],
      { cwd: ROOT, stdio: 'ignore' },
    );
  }
  const keys: Record<string, string> = {};
  for (const user of options.users ?? []) {
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/server/cli/users.ts',
        'add',
        ...['--email', user.email, '--name', user.name, '--role', user.role],
        ...['--data-dir', dataDir],
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const key = /^phx_\S+$/m.exec(printed)?.[0];
    if (!key) throw new Error(`npm run users printed no key:\n${printed}`);
    keys[user.email] = key;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli/start.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server on ${options.port} exited:\n${output}`);
    // With sign-in on, a 401 is the server answering.
    const ok = await fetch(`${url}/api/console/config`, {
      headers: options.authorization ? { authorization: options.authorization } : {},
    })
      .then((r) => r.ok || (!options.authorization && r.status === 401))
      .catch(() => false);
    if (ok) return { url, stop, keys, dataDir, output: () => output };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Server on ${options.port} did not start in time:\n${output}`);
}
