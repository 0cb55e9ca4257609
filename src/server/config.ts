import { resolve } from 'node:path';
import { z } from 'zod';
import { isLoopback } from './http/fair-share';

/** The server's environment, parsed once. A bad value stops start-up with a message that names it. */
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

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
    ALLOW_UNAUTHENTICATED: optional.pipe(
      z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
    ),
    POSTHOG_PROJECT_ID: optional.pipe(
      z
        .string()
        .regex(/^[1-9]\d*$/, { error: 'must be a project id (a whole number)' })
        .transform(Number)
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.POSTHOG_HOST && !env.POSTHOG_PERSONAL_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['POSTHOG_PERSONAL_API_KEY'],
        message: 'is required when POSTHOG_HOST is set',
      });
    }
    // Nothing but the network stands between a client and the console's writes (and, as a proxy, the
    // PostHog key's permissions): off loopback that must be a decision, not a default.
    if (!isLoopbackHost(env.HOST) && !apiRequiresKey(env) && env.ALLOW_UNAUTHENTICATED !== 'true') {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${env.HOST} is not a loopback address, and the console has no sign-in of its own yet: anyone who can reach it could ${env.POSTHOG_HOST ? 'act with your PostHog key' : 'change every experiment'}. Keep HOST=127.0.0.1 behind a reverse proxy that signs people in, or set ALLOW_UNAUTHENTICATED=true to accept that`,
      });
    }
    if (env.AUTH && env.POSTHOG_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH'],
        message:
          'is for the embedded server for now: the console cannot yet sign people in to PostHog with their own keys',
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

/** The embedded API asks every request for a key: one server-wide key, or each user's own. */
const apiRequiresKey = (env: { POSTHOG_HOST?: string; EMBEDDED_API_KEY?: string; AUTH?: string }) =>
  !env.POSTHOG_HOST && !!(env.EMBEDDED_API_KEY || env.AUTH);

/** A bind address only this machine can reach: a loopback address (as a client's is judged), or its names. */
export function isLoopbackHost(host: string): boolean {
  return /^(localhost|\[::1\])$/i.test(host) || isLoopback(host);
}

export interface PostHogConnection {
  host: string;
  apiKey: string;
  projectId?: number;
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
  /** AUTH=personal-key: the embedded API requires a user's own key (`npm run users`) and acts as them. */
  personalKeys: boolean;
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
    personalKeys: e.AUTH === 'personal-key',
    unauthenticatedOffLoopback: !isLoopbackHost(e.HOST) && !apiRequiresKey(e),
    posthog: e.POSTHOG_HOST
      ? {
          host: e.POSTHOG_HOST.replace(/\/+$/, ''),
          apiKey: e.POSTHOG_PERSONAL_API_KEY as string,
          projectId: e.POSTHOG_PROJECT_ID,
        }
      : undefined,
  };
}
