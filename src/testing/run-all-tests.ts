/**
 * `npm test`: every check a change must pass, in the order that fails fastest, then one summary line that
 * CI reads: `total: N passed, N failed`. Exits non-zero when anything failed or when no test ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from './chromium-launch';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(
  title: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): boolean {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
}

function finish(): never {
  console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All checks passed.'}`);
  console.log(`total: ${passed} passed, ${failed} failed`);
  const ok = failures.length === 0 && failed === 0 && passed > 0;
  if (passed === 0) console.log('No test ran: that counts as a failure.');
  process.exit(ok ? 0 : 1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

if (!step('Typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) finish();
if (!step('Lint', bin('eslint'), ['--max-warnings=0', '.'])) finish();
if (!step('Format', bin('prettier'), ['--check', '--log-level=warn', '.'])) finish();

const vitestReport = join(out, 'vitest.json');
step('Unit, component and server tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
countVitest(vitestReport);

if (!step('Build', bin('vite'), ['build', '--logLevel', 'warn'])) finish();

if (!existsSync(CHROMIUM_PATH)) {
  console.log(
    `\n✘ End-to-end tests need Chromium, and none was found at ${CHROMIUM_PATH}.\n` +
      "  Install Debian's: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n" +
      '  or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  failures.push('End-to-end tests (no Chromium)');
  finish();
}
const playwrightReport = join(out, 'playwright.json');
step('End-to-end tests (Chromium)', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], {
  CHROME_PATH: CHROMIUM_PATH,
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
countPlaywright(playwrightReport);
finish();
