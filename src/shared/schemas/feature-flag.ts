import { z } from 'zod';
import { UserBasic } from './common';

export const FLAG_KEY_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const FLAG_KEY_MESSAGE = 'Only letters, numbers, hyphens (-) & underscores (_) are allowed.';

export const FlagVariant = z.looseObject({
  key: z.string(),
  name: z.string().nullish(),
  rollout_percentage: z.number().nullish(),
});
export type FlagVariant = z.infer<typeof FlagVariant>;

export const FlagGroup = z.looseObject({
  properties: z.array(z.unknown()).nullish(),
  rollout_percentage: z.number().nullish(),
  variant: z.string().nullish(),
  description: z.string().nullish(),
});

export const FlagFilters = z.looseObject({
  groups: z.array(FlagGroup).nullish(),
  multivariate: z.looseObject({ variants: z.array(FlagVariant) }).nullish(),
  aggregation_group_type_index: z.number().nullish(),
  holdout: z.looseObject({ id: z.number(), exclusion_percentage: z.number() }).nullish(),
  holdout_groups: z.unknown().optional(),
  payloads: z.record(z.string(), z.unknown()).nullish(),
});
export type FlagFilters = z.infer<typeof FlagFilters>;

/** The flag embedded in an experiment (MinimalFeatureFlag). */
export const MinimalFeatureFlag = z.looseObject({
  id: z.number(),
  team_id: z.number().optional(),
  name: z.string().nullish(),
  key: z.string(),
  filters: FlagFilters.nullish(),
  deleted: z.boolean().nullish(),
  active: z.boolean().nullish(),
  ensure_experience_continuity: z.boolean().nullish(),
  has_encrypted_payloads: z.boolean().nullish(),
  version: z.number().nullish(),
  evaluation_runtime: z.string().nullish(),
});
export type MinimalFeatureFlag = z.infer<typeof MinimalFeatureFlag>;

export const FeatureFlag = MinimalFeatureFlag.extend({
  created_by: UserBasic.nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  is_simple_flag: z.boolean().nullish(),
  rollout_percentage: z.number().nullish(),
  experiment_set: z.array(z.number()).nullish(),
  tags: z.array(z.string()).nullish(),
  user_access_level: z.string().nullish(),
});
export type FeatureFlag = z.infer<typeof FeatureFlag>;

/** The few flag fields this console lets a user change directly (PATCH /feature_flags/{id}/). */
export const FeatureFlagPatchInput = z.strictObject({
  active: z.boolean().optional(),
  name: z.string().max(400).optional(),
});

export function flagVariants(
  flag: Pick<MinimalFeatureFlag, 'filters'> | null | undefined,
): FlagVariant[] {
  return flag?.filters?.multivariate?.variants ?? [];
}
