import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isEntryPoint } from './entry-point';
import { DATABASE_FILE_NAME, parseCliArgs, UsageError, type CliIo } from './seed';

const USAGE = `Usage: npm run backup -- FILE [--data-dir DIR]

  Copies the database to FILE with SQLite's online backup: safe while the server is running and writing.
  FILE must not exist yet (an older backup is never overwritten); missing folders are created.

  --data-dir DIR     where the database lives (default: $DATA_DIR, else ./.data)
  -h, --help         show this help`;

// better-sqlite3's largest step: it turns SQLite's -1 ("every page") into 0, which copies nothing.
const ALL_PAGES = 0x7fffffff;

interface BackupArgs {
  destination: string | undefined;
  dataDir: string | undefined;
  help: boolean;
}

/** `--data-dir value` and `--data-dir=value` both work; anything unknown is an error, never ignored. */
function parseBackupArgs(argv: readonly string[]): BackupArgs {
  const args: BackupArgs = { destination: undefined, dataDir: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    switch (flag) {
      case '--data-dir': {
        const v = inline ?? argv[++i];
        if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
          throw new UsageError('--data-dir needs a value.');
        args.dataDir = v;
        break;
      }
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown argument: ${arg}`);
        if (arg.trim() === '') throw new UsageError('The backup file name is empty.');
        if (args.destination !== undefined)
          throw new UsageError(`One backup file only, got "${args.destination}" and "${arg}".`);
        args.destination = arg;
    }
  }
  if (!args.help && args.destination === undefined)
    throw new UsageError('Which file should the backup go to?');
  return args;
}

/** The whole command; resolves to the exit code (1 on bad arguments or a failure, with the reason printed). */
export async function runBackupCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(parseBackupArgs, argv, io, USAGE);
  if (args === 1) return 1;
  if (args.help) {
    io.log(USAGE);
    return 0;
  }
  const file = resolve(args.dataDir ?? (io.env.DATA_DIR || './.data'), DATABASE_FILE_NAME);
  const destination = resolve(args.destination!);
  // Checked here, not left to SQLite: opening a missing file would create an empty database.
  if (!existsSync(file)) {
    io.error(`Error: No database at ${file}: start the server once, or pass --data-dir.`);
    return 1;
  }
  if (existsSync(destination)) {
    io.error(
      `Error: ${destination} already exists: choose a new file name (backups are never overwritten).`,
    );
    return 1;
  }

  // Neither migrated nor seeded: the copy is the database as the server left it. Not read-only either: a
  // read-only connection to a WAL database nobody else has open leaves its -wal and -shm files behind.
  let db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    io.error(`Error: cannot open ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    db.pragma('busy_timeout = 5000');
    mkdirSync(dirname(destination), { recursive: true });
    // Every page in one step, from one WAL snapshot: the server keeps writing meanwhile. In steps of 100 pages
    // (the default), each commit of the server between two steps restarts the copy from page 1, and a busy
    // server never lets it finish.
    const { totalPages } = await db.backup(destination, { progress: () => ALL_PAGES });
    const mb = (statSync(destination).size / 1024 / 1024).toFixed(1);
    io.log(
      `Backed up ${file} to ${destination} (${mb} MB, ${totalPages.toLocaleString('en-US')} pages).`,
    );
    return 0;
  } catch (error) {
    io.error(`Error: backup failed: ${(error as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await runBackupCli(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    env: process.env,
  });
}
