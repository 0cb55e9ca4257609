import { resolve } from 'node:path';
import { z } from 'zod';
import { MIN_SESSION_SECRET_LENGTH } from './auth/session-secret';
import { isLoopback } from './http/fair-share';

/** The server's environment, parsed once. A bad value stops start-up with a message that names it. */
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const trueOrFalse = optional.pipe(
  z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
);

const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4400),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('.data'),
    ALLOWED_HOSTS: optional,
    EMBEDDED_API_KEY: optional,
    POSTHOG_HOST: optional.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'must be an http(s) URL such as https://us.posthog.com',
        })
        .optional(),
    ),
    POSTHOG_PERSONAL_API_KEY: optional,
    AUTH: optional.pipe(
      z.enum(['personal-key'], { error: 'must be personal-key (or unset)' }).optional(),
    ),
    ALLOW_UNAUTHENTICATED: trueOrFalse,
    SESSION_SECRET: optional.pipe(
      z
        .string()
        .min(MIN_SESSION_SECRET_LENGTH, {
          error: `must be at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. openssl rand -base64 48)`,
        })
        .optional(),
    ),
    SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
    // Browsers keep a cookie 400 days at most (RFC 6265bis), and Hono refuses to write a longer one.
    SESSION_MAX_DAYS: z.coerce.number().positive().max(400).default(30),
    PUBLIC_URL: optional.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'must be the http(s) address people open the console at',
        })
        .optional(),
    ),
    TRUST_PROXY: trueOrFalse,
    POSTHOG_PROJECT_ID: optional.pipe(
      z
        .string()
        .regex(/^[1-9]\d*$/, { error: 'must be a project id (a whole number)' })
        .transform(Number)
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.POSTHOG_HOST && !env.POSTHOG_PERSONAL_API_KEY && !env.AUTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['POSTHOG_PERSONAL_API_KEY'],
        message:
          'is required when POSTHOG_HOST is set (or AUTH=personal-key, for each person to sign in with their own)',
      });
    }
    if (env.AUTH && env.POSTHOG_HOST && env.POSTHOG_PERSONAL_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['POSTHOG_PERSONAL_API_KEY'],
        message:
          'must not be set with AUTH=personal-key: each person signs in with their own key, and a server-wide one would act for people who have not',
      });
    }
    if (env.AUTH && env.TRUST_PROXY === 'true' && !env.PUBLIC_URL?.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message:
          'must be the https:// address people open when TRUST_PROXY=true and AUTH=personal-key: the session cookie is marked Secure from it',
      });
    }
    if (env.AUTH && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: `is required with AUTH=personal-key: it encrypts the keys people sign in with. Make one with: openssl rand -base64 48`,
      });
    }
    // Nothing but the network stands between a client and the console's writes (and, as a proxy, the
    // PostHog key's permissions): off loopback that must be a decision, not a default.
    if (!isLoopbackHost(env.HOST) && !apiRequiresKey(env) && env.ALLOW_UNAUTHENTICATED !== 'true') {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${env.HOST} is not a loopback address, and nothing asks who is there: anyone who can reach it could ${env.POSTHOG_HOST ? 'act with your PostHog key' : 'change every experiment'}. Set AUTH=personal-key (and SESSION_SECRET) so each person signs in, or set ALLOW_UNAUTHENTICATED=true to accept that`,
      });
    }
    if (env.AUTH && env.EMBEDDED_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['EMBEDDED_API_KEY'],
        message: 'and AUTH=personal-key are two ways to require a key: choose one',
      });
    }
    if (!env.POSTHOG_HOST && (env.POSTHOG_PERSONAL_API_KEY || env.POSTHOG_PROJECT_ID)) {
      ctx.addIssue({
        code: 'custom',
        path: ['POSTHOG_HOST'],
        message: 'is required to connect to PostHog (e.g. https://us.posthog.com)',
      });
    }
  });

/** Every API request must say who it is: each person signs in, or the embedded API takes one key. */
const apiRequiresKey = (env: { POSTHOG_HOST?: string; EMBEDDED_API_KEY?: string; AUTH?: string }) =>
  !!env.AUTH || (!env.POSTHOG_HOST && !!env.EMBEDDED_API_KEY);

/** A bind address only this machine can reach: a loopback address (as a client's is judged), or its names. */
export function isLoopbackHost(host: string): boolean {
  return /^(localhost|\[::1\])$/i.test(host) || isLoopback(host);
}

export interface PostHogConnection {
  host: string;
  apiKey: string;
  projectId?: number;
}

export interface SignInConfig {
  secret: string;
  idleMs: number;
  absoluteMs: number;
  /** Where sessions are kept: their own SQLite file beside the database. */
  sessionsFile: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  /** Extra Host header values to accept besides loopback names and HOST (DNS-rebinding guard). */
  allowedHosts: string[];
  /** When set, the embedded API requires `Authorization: Bearer <key>`. */
  embeddedApiKey?: string;
  /**
   * AUTH=personal-key: each person signs in with their own personal API key (PostHog's, or the embedded
   * server's from `npm run users`), and every request acts as them.
   */
  signIn?: SignInConfig;
  /** The address people open the console at, when it is not the bind address (behind a reverse proxy). */
  publicUrl?: URL;
  /** Behind a reverse proxy: the client's address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** When set, the server is a proxy to this PostHog project instead of the embedded API. */
  posthog?: PostHogConnection;
  /** Bound off loopback with nothing asking who is there, by explicit choice: warned at every start. */
  unauthenticatedOffLoopback: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: resolve(dataDir, 'experiment-console.sqlite'),
    allowedHosts: (e.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    embeddedApiKey: e.EMBEDDED_API_KEY,
    signIn:
      e.AUTH === 'personal-key'
        ? {
            secret: e.SESSION_SECRET as string,
            idleMs: e.SESSION_IDLE_HOURS * 3_600_000,
            absoluteMs: e.SESSION_MAX_DAYS * 86_400_000,
            sessionsFile: resolve(dataDir, 'sessions.sqlite'),
          }
        : undefined,
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL) : undefined,
    trustProxy: e.TRUST_PROXY === 'true',
    unauthenticatedOffLoopback: !isLoopbackHost(e.HOST) && !apiRequiresKey(e),
    posthog: e.POSTHOG_HOST
      ? {
          host: e.POSTHOG_HOST.replace(/\/+$/, ''),
          apiKey: e.POSTHOG_PERSONAL_API_KEY ?? '',
          projectId: e.POSTHOG_PROJECT_ID,
        }
      : undefined,
  };
}
