import { z } from 'zod/mini';

export const EventDefinition = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  tags: z.nullish(z.array(z.string())),
  last_seen_at: z.nullish(z.string()),
  verified: z.nullish(z.boolean()),
  hidden: z.nullish(z.boolean()),
});
export type EventDefinition = z.infer<typeof EventDefinition>;

/**
 * A PostHog action: a named set of event matchers that metrics can use wherever an event stands
 * (`ActionsNode.id`). Lenient: PostHog's name is nullable and it sends many more fields (steps, tags, …).
 */
export const Action = z.looseObject({
  id: z.number(),
  name: z.nullish(z.string()),
  description: z.nullish(z.string()),
  deleted: z.nullish(z.boolean()),
});
export type Action = z.infer<typeof Action>;

export const Project = z.looseObject({
  id: z.number(),
  uuid: z.optional(z.string()),
  name: z.string(),
  organization: z.optional(z.string()),
  timezone: z.optional(z.string()),
  is_demo: z.optional(z.boolean()),
});
export type Project = z.infer<typeof Project>;

export const CurrentUser = z.looseObject({
  id: z.optional(z.number()),
  uuid: z.string(),
  email: z.string(),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  distinct_id: z.nullish(z.string()),
  team: z.nullish(
    z.looseObject({
      id: z.number(),
      name: z.optional(z.string()),
      project_id: z.optional(z.number()),
    }),
  ),
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
