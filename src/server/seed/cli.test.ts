import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, parseSeedArgs, runSeedCli } from '../cli/seed';
import { openDatabase } from '../db/connection';
import { SEED_NOW } from './seed-test-utils';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSeedCli(argv, {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    env,
    now: () => SEED_NOW,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-console-cli-'));
  dirs.push(dir);
  return dir;
}

const experimentCount = (dir: string) => {
  const db = openDatabase(join(dir, DATABASE_FILE_NAME));
  try {
    return db.prepare('SELECT COUNT(*) FROM experiments').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('npm run seed', () => {
  it('parses both --flag value and --flag=value', () => {
    expect(parseSeedArgs(['--data-dir', '/x', '--experiments=12', '--reset'])).toEqual({
      dataDir: '/x',
      experiments: 12,
      reset: true,
      help: false,
    });
  });

  it.each([
    [['--bogus'], /Unknown argument: --bogus/],
    [['--experiments'], /--experiments needs a value/],
    [['--experiments', 'many'], /whole number/],
    [['--experiments', '-5'], /--experiments needs a value|whole number/],
    [['--experiments=1.5'], /whole number/],
    [['--data-dir', '--reset'], /--data-dir needs a value/],
    [['--reset=yes'], /takes no value/],
  ])('exits 1 with a clear message on %j', (argv, message) => {
    const result = run(argv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage: npm run seed');
  });

  it('seeds the demo project once, then adds generated experiments', () => {
    const dir = tempDir();
    const first = run(['--data-dir', dir]);
    expect(first.code).toBe(0);
    expect(first.out).toContain(join(dir, DATABASE_FILE_NAME));
    expect(first.out).toMatch(/Seeded the demo project: 66 experiments/);
    expect(first.out).toMatch(/Done in .*: 66 experiments/);

    const second = run(['--data-dir', dir, '--experiments', '40']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('demo data left as it is');
    expect(second.out).toMatch(/Added 40 generated experiments \(#1–#40\)/);
    expect(experimentCount(dir)).toBe(106);
  });

  it('--reset starts from a fresh database; DATA_DIR is the default directory', () => {
    const dir = tempDir();
    expect(run(['--experiments', '10'], { DATA_DIR: dir }).code).toBe(0);
    expect(experimentCount(dir)).toBe(76);
    const reset = run(['--reset'], { DATA_DIR: dir });
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('Reset: deleted the old database.');
    expect(experimentCount(dir)).toBe(66);
    expect(existsSync(join(dir, DATABASE_FILE_NAME))).toBe(true);
  });

  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--experiments N');
  });
});
