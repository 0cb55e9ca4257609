import { z } from 'zod';
import { UserBasic } from './common';

export const HoldoutFilter = z.looseObject({
  properties: z.array(z.unknown()).nullish(),
  rollout_percentage: z.number().nullish(),
  variant: z.string().nullish(),
});

export const ExperimentHoldout = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.string().nullish(),
  filters: z.array(HoldoutFilter).nullish(),
  created_by: UserBasic.nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type ExperimentHoldout = z.infer<typeof ExperimentHoldout>;

const holdoutWritable = {
  name: z.string().min(1).max(400),
  description: z.string().max(400).nullish(),
  filters: z.array(
    z.looseObject({
      properties: z.array(z.unknown()).optional(),
      rollout_percentage: z.number().nullish(),
      variant: z.string().nullish(),
    }),
  ),
};
export const HoldoutCreateInput = z.strictObject(holdoutWritable);
export const HoldoutPatchInput = z.strictObject(holdoutWritable).partial();
export type HoldoutCreateInput = z.infer<typeof HoldoutCreateInput>;

/** Share of all users a holdout keeps out of the experiment (its first group's rollout). */
export function holdoutExclusionPercent(holdout: ExperimentHoldout | null | undefined): number {
  return holdout?.filters?.[0]?.rollout_percentage ?? 0;
}
