import { resolve } from 'node:path';
import {
  addUser,
  listUsers,
  newKeyFor,
  revokeKeys,
  USER_ROLES,
  UserExistsError,
  type UserRole,
} from '../auth/personal-api-keys';
import { openDatabase } from '../db/connection';
import { isEntryPoint } from './entry-point';
import { ensureBaseData } from '../seed/base';
import { DATABASE_FILE_NAME, parseCliArgs, UsageError, type CliIo } from './seed';

const USAGE = `Usage: npm run users -- add --email EMAIL --name "FULL NAME" --role member|viewer [--data-dir DIR]
       npm run users -- list [--data-dir DIR]
       npm run users -- revoke --email EMAIL [--data-dir DIR]
       npm run users -- new-key --email EMAIL [--data-dir DIR]

  add     adds a user of the embedded server and prints their personal API key, once
          (only its hash is stored). Start the server with AUTH=personal-key (and SESSION_SECRET)
          for people to sign in with these keys.
  list    lists the users, their roles and how many keys each has
  revoke  deletes every key of that user: the API refuses them at once, and their console
          sessions end at their next request
  new-key prints another key for that user, once (after a revoke, or a lost key)
  --role  member: may change experiments; viewer: reads only (writes get PostHog's 403)`;

const COMMANDS = ['add', 'list', 'revoke', 'new-key'] as const;

interface UsersArgs {
  command: (typeof COMMANDS)[number] | 'help';
  email?: string;
  name?: string;
  role?: UserRole;
  dataDir?: string;
}

// An address with one @ and a dot after it: a typo is caught, the mail server is not asked.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `--name value` and `--name=value` both work; anything unknown or missing is an error, never ignored. */
export function parseUsersArgs(argv: readonly string[]): UsersArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return { command: 'help' };
  const known = COMMANDS.find((c) => c === command);
  if (!known) throw new UsageError(`Unknown command: ${command} (${COMMANDS.join(', ')}).`);
  const args: UsersArgs = { command: known };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v.trim() === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`${flag} needs a value.`);
      return v.trim();
    };
    switch (flag) {
      case '--email':
        args.email = value();
        break;
      case '--name':
        args.name = value();
        break;
      case '--role': {
        const role = value();
        if (!USER_ROLES.includes(role as UserRole))
          throw new UsageError(`--role must be member or viewer, got "${role}".`);
        args.role = role as UserRole;
        break;
      }
      case '--data-dir':
        args.dataDir = value();
        break;
      default:
        throw new UsageError(`Unknown argument: ${arg}`);
    }
  }
  if (command === 'add') {
    if (!args.email) throw new UsageError('add needs --email.');
    if (!EMAIL.test(args.email)) throw new UsageError(`"${args.email}" is not an email address.`);
    if (!args.name) throw new UsageError('add needs --name.');
    if (!args.role) throw new UsageError('add needs --role (member or viewer).');
  }
  if ((command === 'revoke' || command === 'new-key') && !args.email)
    throw new UsageError(`${command} needs --email.`);
  return args;
}

/** The whole command; returns the exit code (1 on bad arguments or a failure, with the reason printed). */
export function runUsersCli(argv: readonly string[], io: CliIo): number {
  const args = parseCliArgs(parseUsersArgs, argv, io, USAGE);
  if (args === 1) return 1;
  if (args.command === 'help') {
    io.log(USAGE);
    return 0;
  }
  const file = resolve(args.dataDir ?? (io.env.DATA_DIR || './.data'), DATABASE_FILE_NAME);
  // The base project and users only: the demo's experiments are the server's to add at its first start.
  const db = openDatabase(file);
  try {
    ensureBaseData(db);
    if (args.command === 'list') {
      for (const user of listUsers(db))
        io.log(
          `${user.id}\t${user.role}\t${user.email}\t${user.name}\t${user.keys} key${user.keys === 1 ? '' : 's'}`,
        );
      return 0;
    }
    if (args.command === 'revoke' || args.command === 'new-key') {
      const email = args.email!;
      const done = args.command === 'revoke' ? revokeKeys(db, email) : newKeyFor(db, email);
      if (done === undefined) {
        io.error(`Error: no user has the email ${email}.`);
        return 1;
      }
      io.log(
        typeof done === 'number'
          ? `Revoked ${done} key${done === 1 ? '' : 's'} of ${email}.`
          : `New personal API key for ${email} (shown only now; store it somewhere safe):\n${done}`,
      );
      return 0;
    }
    const { userId, key } = addUser(db, {
      email: args.email!,
      name: args.name!,
      role: args.role!,
    });
    io.log(`Added ${args.name} <${args.email}> as a ${args.role} (user ${userId}).`);
    io.log(`Personal API key (shown only now; store it somewhere safe):\n${key}`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserExistsError)) throw error;
    io.error(`Error: ${error.message}`);
    return 1;
  } finally {
    db.close();
  }
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runUsersCli(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    env: process.env,
  });
}
