import { z } from 'zod';
import { UserBasic } from './common';

/** PostHog's activity log entry (`/activity/` endpoints), one per write. */
export const ActivityChange = z.looseObject({
  type: z.string(),
  action: z.string(),
  field: z.string().nullish(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type ActivityChange = z.infer<typeof ActivityChange>;

export const ActivityLogEntry = z.looseObject({
  id: z.union([z.string(), z.number()]),
  user: UserBasic.partial().nullish(),
  activity: z.string(),
  scope: z.string(),
  item_id: z.string().nullish(),
  detail: z
    .looseObject({
      name: z.string().nullish(),
      changes: z.array(ActivityChange).nullish(),
    })
    .nullish(),
  created_at: z.string(),
});
export type ActivityLogEntry = z.infer<typeof ActivityLogEntry>;
