import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../db/connection';
import { isEntryPoint } from './entry-point';
import { DEMO_PROJECT_ID, ensureBaseData } from '../seed/base';
import { seedDemoProject } from '../seed/demo';
import { hasNoExperiments } from '../seed/open-seeded';
import { seedScale } from '../seed/scale';

export const DATABASE_FILE_NAME = 'experiment-console.sqlite';
const MAX_EXPERIMENTS = 1_000_000;

const USAGE = `Usage: npm run seed -- [--data-dir DIR] [--experiments N] [--reset]

  --data-dir DIR     where the database lives (default: $DATA_DIR, else ./.data)
  --experiments N    add N generated experiments for scale tests (0 to ${MAX_EXPERIMENTS.toLocaleString('en-US')})
  --reset            delete the database first, then seed the demo project again
  -h, --help         show this help`;

export interface SeedArgs {
  dataDir: string | undefined;
  experiments: number | undefined;
  reset: boolean;
  help: boolean;
}

export class UsageError extends Error {}

/**
 * A command's arguments, parsed; or, for a usage error, the reason and the usage printed and exit code 1.
 * Help is the command's own to print.
 */
export function parseCliArgs<T>(
  parse: (argv: readonly string[]) => T,
  argv: readonly string[],
  io: Pick<CliIo, 'error'>,
  usage: string,
): T | 1 {
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`Error: ${error.message}\n\n${usage}`);
    return 1;
  }
}

/** `--name value` and `--name=value` both work; anything unknown is an error, never ignored. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { dataDir: undefined, experiments: undefined, reset: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value.`);
      }
      return v;
    };
    switch (flag) {
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--experiments': {
        const raw = value();
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n > MAX_EXPERIMENTS) {
          throw new UsageError(
            `--experiments must be a whole number from 0 to ${MAX_EXPERIMENTS}, got "${raw}".`,
          );
        }
        args.experiments = n;
        break;
      }
      case '--reset':
        if (inline !== undefined) throw new UsageError('--reset takes no value.');
        args.reset = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        throw new UsageError(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

const ms = (start: number) => {
  const elapsed = performance.now() - start;
  return elapsed < 1000 ? `${Math.round(elapsed)} ms` : `${(elapsed / 1000).toFixed(2)} s`;
};
const count = (n: number) => n.toLocaleString('en-US');

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => Date;
}

/** The whole command; returns the exit code (1 on bad arguments or a failure, with the reason printed). */
export function runSeedCli(argv: readonly string[], io: CliIo): number {
  const args = parseCliArgs(parseSeedArgs, argv, io, USAGE);
  if (args === 1) return 1;
  if (args.help) {
    io.log(USAGE);
    return 0;
  }

  const started = performance.now();
  const now = io.now?.() ?? new Date();
  const dataDir = resolve(args.dataDir ?? (io.env.DATA_DIR || './.data'));
  const file = resolve(dataDir, DATABASE_FILE_NAME);
  io.log(`Database: ${file}`);

  if (args.reset) {
    const removed = ['', '-wal', '-shm', '-journal'].filter((suffix) => existsSync(file + suffix));
    for (const suffix of removed) rmSync(file + suffix, { force: true });
    io.log(removed.length > 0 ? 'Reset: deleted the old database.' : 'Reset: nothing to delete.');
  }

  let db;
  try {
    db = openDatabase(file);
  } catch (error) {
    io.error(`Error: cannot open ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    ensureBaseData(db);
    if (hasNoExperiments(db)) {
      const step = performance.now();
      const s = seedDemoProject(db, { now });
      io.log(
        `Seeded the demo project: ${s.experiments} experiments, ${s.holdouts} holdouts, ` +
          `${s.savedMetrics} saved metrics, ${s.eventDefinitions} event definitions, ` +
          `${s.actions} actions (${ms(step)}).`,
      );
    } else {
      io.log('The database already has experiments: demo data left as it is.');
    }
    if (args.experiments !== undefined) {
      const step = performance.now();
      const { added, first } = seedScale(db, { experiments: args.experiments, now });
      io.log(
        added === 0
          ? 'Added no generated experiments (--experiments 0).'
          : `Added ${count(added)} generated experiments (#${first}–#${first + added - 1}) in ${ms(step)}.`,
      );
    }
    const total = db
      .prepare('SELECT COUNT(*) FROM experiments WHERE team_id = ? AND deleted = 0')
      .pluck()
      .get(DEMO_PROJECT_ID) as number;
    io.log(`Done in ${ms(started)}: ${count(total)} experiments in the project.`);
    return 0;
  } catch (error) {
    io.error(`Error: seeding failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    db.close();
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runSeedCli(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    env: process.env,
  });
}
