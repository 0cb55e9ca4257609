import { z } from 'zod/mini';

/**
 * The console's own endpoint `GET /api/console/config` (not PostHog's): which backend the UI is talking
 * to. Never carries a key.
 */
export const ConsoleConfig = z.looseObject({
  mode: z.enum(['embedded', 'posthog']),
  host: z.nullable(z.string()),
  project: z.looseObject({ id: z.number(), name: z.string() }),
  /** Each person signs in with their own key (AUTH=personal-key): the user menu offers Sign out. */
  sign_in: z.optional(z.boolean()),
});
export type ConsoleConfig = z.infer<typeof ConsoleConfig>;
