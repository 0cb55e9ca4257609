import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { ensureBaseData } from '../seed/base';
import { seedScale } from '../seed/scale';
import { SEED_NOW } from '../seed/seed-test-utils';
import { runBackupCli } from './backup';
import { DATABASE_FILE_NAME } from './seed';

const dirs: string[] = [];
const connections: Db[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-console-backup-'));
  dirs.push(dir);
  return dir;
}

/** A data dir with a real database, as the server leaves it: migrated, 1,000 experiments, still open. */
function serverDatabase() {
  const dir = tempDir();
  const db = openDatabase(join(dir, DATABASE_FILE_NAME));
  connections.push(db);
  ensureBaseData(db);
  seedScale(db, { experiments: 1000, now: SEED_NOW });
  return { dir, db };
}

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBackupCli(argv, {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    env,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const experiments = (db: Db) =>
  db.prepare('SELECT COUNT(*) FROM experiments').pluck().get() as number;

/** Reads a finished backup through its own connection, as a restore would. */
function inspect(file: string) {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      experiments: experiments(copy),
      integrity: copy.pragma('integrity_check', { simple: true }),
      foreignKeyErrors: copy.pragma('foreign_key_check'),
    };
  } finally {
    copy.close();
  }
}

describe('npm run backup', () => {
  it('copies only what is committed while another connection holds an open write transaction', async () => {
    const { dir, db } = serverDatabase();
    const committed = experiments(db);
    db.exec('BEGIN IMMEDIATE');
    seedScale(db, { experiments: 50, now: SEED_NOW });
    expect(experiments(db)).toBe(committed + 50);

    const destination = join(tempDir(), 'not', 'there', 'yet.sqlite');
    const result = await run([destination, '--data-dir', dir]);
    db.exec('COMMIT');

    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Backed up ${join(dir, DATABASE_FILE_NAME)} to ${destination} (`);
    expect(result.out).toMatch(/ \(\d+\.\d MB, [\d,]+ pages\)\.$/);
    expect(inspect(destination)).toEqual({
      experiments: committed,
      integrity: 'ok',
      foreignKeyErrors: [],
    });
    // The commit landed in the source, not in the copy taken before it.
    expect(experiments(db)).toBe(committed + 50);
  });

  it('finishes while another connection keeps committing, and the copy passes integrity_check', async () => {
    const { dir, db } = serverDatabase();
    const before = experiments(db);
    // The "server": one committed experiment per turn of the event loop, in between the backup's own steps.
    let writing = true;
    let commits = 0;
    const write = () => {
      if (!writing || !db.open) return; // also stops if a failed test's afterEach closed it
      seedScale(db, { experiments: 1, now: SEED_NOW });
      commits++;
      setImmediate(write);
    };
    setImmediate(write);

    const destination = join(tempDir(), 'busy.sqlite');
    const result = await run([destination], { DATA_DIR: dir });
    writing = false;

    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(commits).toBeGreaterThan(0);
    const copy = inspect(destination);
    expect(copy.integrity).toBe('ok');
    expect(copy.foreignKeyErrors).toEqual([]);
    // One consistent snapshot: some moment between the first and the last commit, never a mix.
    expect(copy.experiments).toBeGreaterThanOrEqual(before);
    expect(copy.experiments).toBeLessThanOrEqual(experiments(db));
  });

  it('refuses to overwrite an existing file, even the database itself', async () => {
    const { dir, db } = serverDatabase();
    const destination = join(tempDir(), 'older.sqlite');
    writeFileSync(destination, 'an older backup');

    const result = await run([`--data-dir=${dir}`, destination]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `Error: ${destination} already exists: choose a new file name (backups are never overwritten).`,
    );
    expect(readFileSync(destination, 'utf8')).toBe('an older backup');

    const before = experiments(db);
    const itself = await run([join(dir, DATABASE_FILE_NAME), '--data-dir', dir]);
    expect(itself.code).toBe(1);
    expect(itself.err).toMatch(/already exists/);
    expect(experiments(db)).toBe(before);
  });

  it('exits 1 when there is no database, without creating one', async () => {
    const dir = tempDir();
    const destination = join(dir, 'copy.sqlite');
    const result = await run([destination, '--data-dir', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `Error: No database at ${join(dir, DATABASE_FILE_NAME)}: start the server once, or pass --data-dir.`,
    );
    expect(existsSync(join(dir, DATABASE_FILE_NAME))).toBe(false);
    expect(existsSync(destination)).toBe(false);
  });

  it.each([
    [[], /Which file should the backup go to\?/],
    [['a.sqlite', 'b.sqlite'], /One backup file only, got "a\.sqlite" and "b\.sqlite"/],
    [['--bogus', 'a.sqlite'], /Unknown argument: --bogus/],
    [['-x', 'a.sqlite'], /Unknown argument: -x/],
    [['a.sqlite', '--data-dir'], /--data-dir needs a value/],
    [['a.sqlite', '--data-dir='], /--data-dir needs a value/],
    [['a.sqlite', '--data-dir', '--help'], /--data-dir needs a value/],
    [[''], /The backup file name is empty/],
  ])('exits 1 with a reason and the usage on %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage: npm run backup -- FILE [--data-dir DIR]');
    expect(result.out).toBe('');
  });

  it.each([['--help'], ['-h']])('prints the usage on %s', async (flag) => {
    const result = await run([flag]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: npm run backup -- FILE \[--data-dir DIR\]/);
  });
});
