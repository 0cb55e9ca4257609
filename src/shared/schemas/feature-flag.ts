import { z } from 'zod/mini';
import { UserBasic } from './common';

export const FLAG_KEY_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const FLAG_KEY_MESSAGE = 'Only letters, numbers, hyphens (-) & underscores (_) are allowed.';

export const FlagVariant = z.looseObject({
  key: z.string(),
  name: z.nullish(z.string()),
  rollout_percentage: z.nullish(z.number()),
});
export type FlagVariant = z.infer<typeof FlagVariant>;

export const FlagGroup = z.looseObject({
  properties: z.nullish(z.array(z.unknown())),
  rollout_percentage: z.nullish(z.number()),
  variant: z.nullish(z.string()),
  description: z.nullish(z.string()),
});

export const FlagFilters = z.looseObject({
  groups: z.nullish(z.array(FlagGroup)),
  multivariate: z.nullish(z.looseObject({ variants: z.array(FlagVariant) })),
  aggregation_group_type_index: z.nullish(z.number()),
  holdout: z.nullish(z.looseObject({ id: z.number(), exclusion_percentage: z.number() })),
  holdout_groups: z.optional(z.unknown()),
  payloads: z.nullish(z.record(z.string(), z.unknown())),
});
export type FlagFilters = z.infer<typeof FlagFilters>;

/** The flag embedded in an experiment (MinimalFeatureFlag). */
export const MinimalFeatureFlag = z.looseObject({
  id: z.number(),
  team_id: z.optional(z.number()),
  name: z.nullish(z.string()),
  key: z.string(),
  filters: z.nullish(FlagFilters),
  deleted: z.nullish(z.boolean()),
  active: z.nullish(z.boolean()),
  ensure_experience_continuity: z.nullish(z.boolean()),
  has_encrypted_payloads: z.nullish(z.boolean()),
  version: z.nullish(z.number()),
  evaluation_runtime: z.nullish(z.string()),
});
export type MinimalFeatureFlag = z.infer<typeof MinimalFeatureFlag>;

export const FeatureFlag = z.extend(MinimalFeatureFlag, {
  created_by: z.nullish(UserBasic),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
  is_simple_flag: z.nullish(z.boolean()),
  rollout_percentage: z.nullish(z.number()),
  experiment_set: z.nullish(z.array(z.number())),
  tags: z.nullish(z.array(z.string())),
  user_access_level: z.nullish(z.string()),
});
export type FeatureFlag = z.infer<typeof FeatureFlag>;

/** The few flag fields this console lets a user change directly (PATCH /feature_flags/{id}/). */
export const FeatureFlagPatchInput = z.strictObject({
  active: z.optional(z.boolean()),
  name: z.optional(z.string().check(z.maxLength(400))),
});

export function flagVariants(
  flag: Pick<MinimalFeatureFlag, 'filters'> | null | undefined,
): FlagVariant[] {
  return flag?.filters?.multivariate?.variants ?? [];
}
