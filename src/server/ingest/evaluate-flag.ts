import type { FlagFilters } from '@/shared';
import { flagHash, holdoutHash } from './flag-hash';
import { matchPersonProperty, type FlagProperty } from './property-match';

/** What evaluation needs of a flag: its key and its filters (release groups, variants, holdout). */
export interface EvaluableFlag {
  key: string;
  filters: FlagFilters | null | undefined;
}

export type FlagReasonCode =
  | 'condition_match'
  | 'no_condition_match'
  | 'out_of_rollout_bound'
  | 'holdout_condition_value'
  | 'no_group_type';

export interface FlagEvaluation {
  enabled: boolean;
  /** The variant key (a `holdout-<id>` for a held-out person); null for a boolean flag or no match. */
  variant: string | null;
  reason: { code: FlagReasonCode; condition_index: number | null; description: string };
  /** The flag's payload for this value, as stored (a JSON string), or null. */
  payload: unknown;
}

type Group = NonNullable<FlagFilters['groups']>[number];
type Variant = { key: string; rollout_percentage?: number | null };

const inRollout = (hash: number, percentage: number | null | undefined) =>
  percentage == null || hash <= percentage / 100;

/** PostHog's variant lookup table: consecutive [min, max) ranges of the 'variant'-salted hash. */
function matchingVariant(flag: EvaluableFlag, distinctId: string): string | null {
  const variants: Variant[] = flag.filters?.multivariate?.variants ?? [];
  const hash = flagHash(flag.key, distinctId, 'variant');
  let min = 0;
  for (const variant of variants) {
    const max = min + (variant.rollout_percentage ?? 0) / 100;
    if (hash >= min && hash < max) return variant.key;
    min = max;
  }
  return null;
}

/** The experiment's holdout (`holdout: {id, exclusion_percentage}`, or the older `holdout_groups`). */
function holdoutVariant(flag: EvaluableFlag, distinctId: string): string | null {
  const holdout = flag.filters?.holdout;
  if (holdout && Number.isFinite(holdout.id) && Number.isFinite(holdout.exclusion_percentage)) {
    const percentage = Math.min(Math.max(holdout.exclusion_percentage, 0), 100);
    return inRollout(holdoutHash(distinctId), percentage) ? `holdout-${holdout.id}` : null;
  }
  const legacy = flag.filters?.holdout_groups;
  const first = Array.isArray(legacy) ? (legacy[0] as Group | undefined) : undefined;
  if (!first || (first.properties?.length ?? 0) > 0) return null;
  if (!inRollout(holdoutHash(distinctId), first.rollout_percentage)) return null;
  return first.variant || matchingVariant(flag, distinctId);
}

function conditionResult(
  flag: EvaluableFlag,
  group: Group,
  distinctId: string,
  personProperties: Record<string, unknown>,
): FlagReasonCode {
  const properties = (group.properties ?? []) as FlagProperty[];
  if (!properties.every((property) => matchPersonProperty(property, personProperties))) {
    return 'no_condition_match';
  }
  return inRollout(flagHash(flag.key, distinctId), group.rollout_percentage)
    ? 'condition_match'
    : 'out_of_rollout_bound';
}

const DESCRIPTIONS: Record<FlagReasonCode, (index: number | null) => string> = {
  condition_match: (index) => `Matched condition set ${(index ?? 0) + 1}`,
  no_condition_match: () => 'No matching condition set',
  out_of_rollout_bound: () => 'Out of rollout bound',
  holdout_condition_value: () => 'Holdout condition value',
  no_group_type: () => 'No group type',
};

function result(
  flag: EvaluableFlag,
  code: FlagReasonCode,
  index: number | null,
  variant: string | null = null,
): FlagEvaluation {
  const enabled = code === 'condition_match' || code === 'holdout_condition_value';
  const payloads = flag.filters?.payloads ?? {};
  return {
    enabled,
    variant: enabled ? variant : null,
    reason: { code, condition_index: index, description: DESCRIPTIONS[code](index) },
    payload: enabled ? (payloads[variant ?? 'true'] ?? null) : null,
  };
}

/**
 * PostHog's flag evaluation for one person (FeatureFlagMatcher.get_match): the holdout first, then the
 * release groups, those with a variant override first; the first group the person's properties satisfy and
 * whose rollout includes them decides, and the variant comes from the override or the 'variant' hash.
 * Pure: the same flag, distinct id and properties always give the same answer, the one PostHog gives.
 * Group-aggregated flags need group analytics, which the embedded server has not: they never match.
 */
export function evaluateFlag(
  flag: EvaluableFlag,
  distinctId: string,
  personProperties: Record<string, unknown> = {},
): FlagEvaluation {
  const filters = flag.filters ?? {};
  if (filters.aggregation_group_type_index != null) return result(flag, 'no_group_type', null);
  const heldOut = holdoutVariant(flag, distinctId);
  if (heldOut) return result(flag, 'holdout_condition_value', 0, heldOut);

  const variantKeys = new Set((filters.multivariate?.variants ?? []).map((v) => v.key));
  const ordered = (filters.groups ?? [])
    .map((group, index) => ({ group, index }))
    .sort((a, b) => Number(!a.group.variant) - Number(!b.group.variant));
  let best: { code: FlagReasonCode; index: number } = { code: 'no_condition_match', index: 0 };
  for (const { group, index } of ordered) {
    const code = conditionResult(flag, group, distinctId, personProperties);
    if (code === 'condition_match') {
      const override = group.variant && variantKeys.has(group.variant) ? group.variant : null;
      return result(flag, code, index, override ?? matchingVariant(flag, distinctId));
    }
    // PostHog reports the most telling miss: out of rollout outranks no matching condition.
    if (code === 'out_of_rollout_bound' && best.code !== code) best = { code, index };
  }
  return result(flag, best.code, best.index);
}
