import { z } from 'zod/mini';

/**
 * The console's own endpoint `GET /api/console/config` (not PostHog's): which backend the UI is talking
 * to. Never carries a key.
 */
export const ConsoleConfig = z.looseObject({
  mode: z.enum(['embedded', 'posthog']),
  host: z.nullable(z.string()),
  project: z.looseObject({ id: z.number(), name: z.string() }),
});
export type ConsoleConfig = z.infer<typeof ConsoleConfig>;
