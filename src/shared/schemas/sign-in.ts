import { z } from 'zod/mini';

/** What `POST /api/console/sign-in` takes (the console's own endpoint): strictly this, nothing more. */
export const SignInRequest = z.strictObject({
  personal_api_key: z.string().check(
    z.trim(),
    z.minLength(1, 'Paste your personal API key.'),
    z.maxLength(200, 'That is longer than any personal API key.'),
    // Printable ASCII, as every PostHog key is: anything else could not travel in a header.
    z.regex(
      /^[\x21-\x7e]+$/,
      'A personal API key is letters, digits and a few symbols, with no spaces.',
    ),
  ),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** `GET /api/console/sign-in`: open to anyone, so it says only what the sign-in screen needs. */
export const SignInInfo = z.looseObject({
  mode: z.enum(['embedded', 'posthog']),
  /** PostHog's host name in PostHog mode, where people create their keys. */
  host: z.nullable(z.string()),
  signed_in: z.boolean(),
});
export type SignInInfo = z.infer<typeof SignInInfo>;

/** The 401 codes of the console's sign-in (PostHog's own 401s are not about a session). */
export const SESSION_CODES = ['session_required', 'session_expired', 'session_revoked'] as const;
export type SessionCode = (typeof SESSION_CODES)[number];
