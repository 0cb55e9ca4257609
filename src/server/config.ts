import { resolve } from 'node:path';
import { z } from 'zod';

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
    if (!env.POSTHOG_HOST && (env.POSTHOG_PERSONAL_API_KEY || env.POSTHOG_PROJECT_ID)) {
      ctx.addIssue({
        code: 'custom',
        path: ['POSTHOG_HOST'],
        message: 'is required to connect to PostHog (e.g. https://us.posthog.com)',
      });
    }
  });

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
  /** When set, the server is a proxy to this PostHog project instead of the embedded API. */
  posthog?: PostHogConnection;
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
    posthog: e.POSTHOG_HOST
      ? {
          host: e.POSTHOG_HOST.replace(/\/+$/, ''),
          apiKey: e.POSTHOG_PERSONAL_API_KEY as string,
          projectId: e.POSTHOG_PROJECT_ID,
        }
      : undefined,
  };
}
