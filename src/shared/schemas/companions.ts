import { z } from 'zod';

export const EventDefinition = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  last_seen_at: z.string().nullish(),
  verified: z.boolean().nullish(),
  hidden: z.boolean().nullish(),
});
export type EventDefinition = z.infer<typeof EventDefinition>;

export const Project = z.looseObject({
  id: z.number(),
  uuid: z.string().optional(),
  name: z.string(),
  organization: z.string().optional(),
  timezone: z.string().optional(),
  is_demo: z.boolean().optional(),
});
export type Project = z.infer<typeof Project>;

export const CurrentUser = z.looseObject({
  id: z.number().optional(),
  uuid: z.string(),
  email: z.string(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  distinct_id: z.string().nullish(),
  team: z
    .looseObject({ id: z.number(), name: z.string().optional(), project_id: z.number().optional() })
    .nullish(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const ExperimentStats = z.looseObject({
  launched_last_30d: z.number(),
  launched_previous_30d: z.number(),
  percent_change: z.number(),
  active_experiments: z.number(),
  completed_last_30d: z.number(),
});
export type ExperimentStats = z.infer<typeof ExperimentStats>;
