import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds the SPA with Vite when `distDir` is missing or older than any of its inputs. */
export async function buildIfNeeded(projectRoot: string, distDir: string): Promise<void> {
  const builtIndex = join(distDir, 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = Math.max(...INPUTS.map((input) => newestMtime(join(projectRoot, input))));
  if (builtAt >= changedAt) return;
  console.log(
    builtAt
      ? 'Sources changed since the last build: rebuilding the app…'
      : 'Building the app (first start)…',
  );
  const { build } = await import('vite');
  await build({
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
}
