import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
// Value imports and re-exports only: `import type …` is erased and never reaches a bundle.
const IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^;]*?from\s+)?'([^']+)';/gms;

const moduleFile = (from: string, specifier: string) => {
  const file = resolve(dirname(from), `${specifier}.ts`);
  return existsSync(file) ? file : resolve(dirname(from), specifier, 'index.ts');
};

/** Every module reachable through value imports from `file`, as import specifiers and file paths. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (!specifier?.startsWith('.')) {
      seen.add(specifier ?? '');
      continue;
    }
    reachable(moduleFile(file, specifier), seen);
  }
  return seen;
}

describe('the browser bundle stays free of @stdlib', () => {
  it.each([
    ['browser-safe.ts (exported from @/shared)', resolve(here, 'browser-safe.ts')],
    ['rules/suggest-conclusion.ts', resolve(here, '../rules/suggest-conclusion.ts')],
    ['the whole @/shared index', resolve(here, '../index.ts')],
  ])('%s', (_name, entry) => {
    const modules = [...reachable(entry)];
    expect(modules.filter((m) => m.startsWith('@stdlib/'))).toEqual([]);
    expect(modules.length).toBeGreaterThan(1);
  });

  it('notices @stdlib when it is reachable', () => {
    const modules = [...reachable(resolve(here, 'index.ts'))];
    expect(modules).toContain('@stdlib/stats-base-dists-t-quantile');
  });
});
