import { z } from 'zod/mini';
import { UserBasic } from './common';

/** PostHog's activity log entry (`/activity/` endpoints), one per write. */
export const ActivityChange = z.looseObject({
  type: z.string(),
  action: z.string(),
  field: z.nullish(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
export type ActivityChange = z.infer<typeof ActivityChange>;

export const ActivityLogEntry = z.looseObject({
  id: z.union([z.string(), z.number()]),
  user: z.nullish(z.partial(UserBasic)),
  activity: z.string(),
  scope: z.string(),
  item_id: z.nullish(z.string()),
  detail: z.nullish(
    z.looseObject({
      name: z.nullish(z.string()),
      changes: z.nullish(z.array(ActivityChange)),
    }),
  ),
  created_at: z.string(),
});
export type ActivityLogEntry = z.infer<typeof ActivityLogEntry>;

/**
 * A page of PostHog's `/activity/` endpoints, which are not paged like its lists: `{results, next, previous,
 * total_count}` with a 1-based `?page=` (posthog/api/shared activity_page_response). Read leniently: only
 * `results` is required, and a `count` from a list-style page is accepted too.
 */
export const ActivityPage = z.looseObject({
  results: z.array(ActivityLogEntry),
  next: z.nullish(z.string()),
  previous: z.nullish(z.string()),
  total_count: z.optional(z.number()),
  count: z.optional(z.number()),
});
export type ActivityPage = z.infer<typeof ActivityPage>;
