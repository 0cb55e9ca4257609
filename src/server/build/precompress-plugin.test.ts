import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';
import { precompress } from './precompress-plugin';

const dir = mkdtempSync(join(tmpdir(), 'experiment-console-precompress-'));
// Vite has written the files by then; the plugin only adds their compressed copies.
mkdirSync(join(dir, 'assets'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressed build files', () => {
  it('is part of the production build', () => {
    const names = (viteConfig.plugins ?? []).flat().map((p) => p && 'name' in p && p.name);
    expect(names).toContain('experiment-console-precompress');
  });

  it('writes .br and .gz beside each text file that shrinks, and skips small and binary files', () => {
    const code = `export const rows = ${JSON.stringify('row '.repeat(2000))};`;
    const css = `.row{color:red}`.repeat(200);
    const bundle = {
      'assets/app.js': { type: 'chunk', code },
      'assets/app.css': { type: 'asset', source: css },
      'assets/tiny.js': { type: 'chunk', code: 'export {}' },
      'assets/logo.png': { type: 'asset', source: new Uint8Array(4096) },
    };
    const hook = precompress().writeBundle as (options: { dir: string }, b: unknown) => void;
    hook({ dir }, bundle);

    const path = join(dir, 'assets/app.js');
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(code);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(code);
    expect(gunzipSync(readFileSync(join(dir, 'assets/app.css.gz'))).toString()).toBe(css);
    expect(existsSync(join(dir, 'assets/tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets/logo.png.gz'))).toBe(false);
  });
});
