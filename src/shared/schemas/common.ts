import { z } from 'zod/mini';

/** PostHog's error body (drf-exceptions-hog): only the first error, `attr` names the field or is null. */
export const PostHogErrorBody = z.looseObject({
  type: z.string(),
  code: z.string(),
  detail: z.string(),
  attr: z.nullable(z.string()),
});
export type PostHogErrorBody = z.infer<typeof PostHogErrorBody>;

export const UserBasic = z.looseObject({
  id: z.number(),
  uuid: z.optional(z.string()),
  distinct_id: z.nullish(z.string()),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  email: z.string(),
  is_email_verified: z.nullish(z.boolean()),
  hedgehog_config: z.nullish(z.unknown()),
  role_at_organization: z.nullish(z.string()),
});
export type UserBasic = z.infer<typeof UserBasic>;

/** DRF LimitOffsetPagination body. */
export function paginated<T extends z.core.SomeType>(item: T) {
  return z.looseObject({
    count: z.number(),
    next: z.nullish(z.string()),
    previous: z.nullish(z.string()),
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
