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
