import { z } from 'zod/mini';
import { UserBasic } from './common';

export const HoldoutFilter = z.looseObject({
  properties: z.nullish(z.array(z.unknown())),
  rollout_percentage: z.nullish(z.number()),
  variant: z.nullish(z.string()),
});

export const ExperimentHoldout = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.nullish(z.string()),
  filters: z.nullish(z.array(HoldoutFilter)),
  created_by: z.nullish(UserBasic),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
});
export type ExperimentHoldout = z.infer<typeof ExperimentHoldout>;

const holdoutWritable = {
  name: z.string().check(z.minLength(1), z.maxLength(400)),
  description: z.nullish(z.string().check(z.maxLength(400))),
  filters: z.array(
    z.looseObject({
      properties: z.optional(z.array(z.unknown())),
      rollout_percentage: z.nullish(z.number()),
      variant: z.nullish(z.string()),
    }),
  ),
};
export const HoldoutCreateInput = z.strictObject(holdoutWritable);
export const HoldoutPatchInput = z.partial(z.strictObject(holdoutWritable));
export type HoldoutCreateInput = z.infer<typeof HoldoutCreateInput>;

/** Share of all users a holdout keeps out of the experiment (its first group's rollout). */
export function holdoutExclusionPercent(holdout: ExperimentHoldout | null | undefined): number {
  return holdout?.filters?.[0]?.rollout_percentage ?? 0;
}
