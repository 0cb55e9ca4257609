import { flagVariantsFrom, type FlagFilters } from '@/shared';
import { validationError } from '../../http/problem';
import type { RequestContext } from '../context';
import { findFlagByKey, flagFilters, insertFlag, updateFlag, type FlagRow } from '../feature-flags';
import { holdoutFlagBlock, loadHoldout } from '../holdouts';

type Parameters = Record<string, unknown> | null | undefined;

// Shared with the editor, which predicts what a draft's save does to its flag.

function holdoutBlock(ctx: RequestContext, holdoutId: number | null | undefined) {
  return holdoutId == null ? null : holdoutFlagBlock(loadHoldout(ctx, holdoutId));
}

/**
 * PostHog's `_ensure_feature_flag` (contract §2.8, §3.2): an existing flag with the key is reused as it is
 * (it must be a valid experiment flag); otherwise a new one is made from the parameters.
 */
export function ensureFlag(
  ctx: RequestContext,
  input: {
    key: string;
    name: string;
    parameters: Parameters;
    holdoutId: number | null | undefined;
    launch: boolean;
  },
): FlagRow {
  const existing = findFlagByKey(ctx, input.key);
  if (existing) {
    const keys = (flagFilters(existing).multivariate?.variants ?? []).map((v) => v.key);
    if (keys.length < 2) {
      throw validationError(
        'Feature flag must have at least 2 variants (control and at least one test variant)',
      );
    }
    if (!keys.includes('control'))
      throw validationError("Feature flag must have a variant with key 'control'");
    return existing;
  }
  const p = input.parameters;
  const filters: FlagFilters = {
    groups: [
      { properties: [], rollout_percentage: (p?.rollout_percentage as number | null) ?? 100 },
    ],
    multivariate: { variants: flagVariantsFrom(p) },
    aggregation_group_type_index: (p?.aggregation_group_type_index as number | null) ?? null,
    holdout: holdoutBlock(ctx, input.holdoutId),
    payloads: (p?.feature_flag_payloads as Record<string, unknown> | null) ?? {},
  };
  return insertFlag(ctx, {
    key: input.key,
    name: `Feature Flag for Experiment ${input.name}`,
    filters,
    active: input.launch,
    ensureExperienceContinuity: (p?.ensure_experience_continuity as boolean | null) ?? false,
  });
}

/**
 * Flag sync on update (contract §3.4): from `parameters` (rollout, variants, aggregation, holdout) when
 * parameters were sent, or only the holdout block when only the holdout changed.
 */
export function syncFlagFromExperiment(
  ctx: RequestContext,
  flag: FlagRow,
  change: {
    parameters?: Parameters;
    holdoutChanged: boolean;
    holdoutId: number | null | undefined;
  },
): FlagRow {
  const current = flagFilters(flag);
  if (change.parameters !== undefined) {
    const p = change.parameters;
    const groups = [...(current.groups ?? [{ properties: [], rollout_percentage: 100 }])];
    if (p?.rollout_percentage != null && groups[0])
      groups[0] = { ...groups[0], rollout_percentage: p.rollout_percentage as number };
    return updateFlag(ctx, flag, {
      filters: {
        ...current,
        groups,
        multivariate: { variants: flagVariantsFrom(p) },
        aggregation_group_type_index: (p?.aggregation_group_type_index as number | null) ?? null,
        holdout: holdoutBlock(ctx, change.holdoutId),
      },
    });
  }
  if (change.holdoutChanged) {
    return updateFlag(ctx, flag, {
      filters: { ...current, holdout: holdoutBlock(ctx, change.holdoutId) },
    });
  }
  return flag;
}
