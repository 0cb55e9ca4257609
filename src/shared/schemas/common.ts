import { z } from 'zod';

/** PostHog's error body (drf-exceptions-hog): only the first error, `attr` names the field or is null. */
export const PostHogErrorBody = z.looseObject({
  type: z.string(),
  code: z.string(),
  detail: z.string(),
  attr: z.string().nullable(),
});
export type PostHogErrorBody = z.infer<typeof PostHogErrorBody>;

export const UserBasic = z.looseObject({
  id: z.number(),
  uuid: z.string().optional(),
  distinct_id: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string(),
  is_email_verified: z.boolean().nullish(),
  hedgehog_config: z.unknown().nullish(),
  role_at_organization: z.string().nullish(),
});
export type UserBasic = z.infer<typeof UserBasic>;

/** DRF LimitOffsetPagination body. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.looseObject({
    count: z.number(),
    next: z.string().nullish(),
    previous: z.string().nullish(),
    results: z.array(item),
  });
}
export type Paginated<T> = {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: T[];
};

/** Display name of a user the way PostHog shows it: first name, else email. */
export function userDisplayName(user: UserBasic | null | undefined): string {
  if (!user) return 'Unknown user';
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || user.email;
}
