import { flagVariants, flagVariantsFrom, servingNow, type MinimalFeatureFlag } from '@/shared';

type Json = Record<string, unknown>;

/**
 * The flag as PostHog leaves it after a draft's PATCH (contract §3.4: a draft's flag always follows its
 * `parameters` when they are sent, and its holdout when that changes). The flag itself when the body does
 * not touch it. Holdout blocks are compared by id only: their exclusion is the holdout's, not the body's.
 */
export function flagAfterDraftSave(flag: MinimalFeatureFlag, body: Json): MinimalFeatureFlag {
  const filters = { ...flag.filters };
  if ('parameters' in body) {
    const p = (body.parameters ?? null) as Json | null;
    // What the server stores (flag-sync), so the prediction matches the flag after the save.
    filters.multivariate = { variants: flagVariantsFrom(p) };
    const groups = [...(filters.groups ?? [{ properties: [], rollout_percentage: 100 }])];
    const rollout = p?.rollout_percentage;
    if (typeof rollout === 'number' && groups[0])
      groups[0] = { ...groups[0], rollout_percentage: rollout };
    filters.groups = groups;
  }
  if ('holdout_id' in body && body.holdout_id !== (filters.holdout?.id ?? null)) {
    const id = body.holdout_id as number | null;
    // The new holdout's share is the holdout's own, unknown here: the question says the holdout changes.
    filters.holdout = id == null ? null : { id, exclusion_percentage: 0 };
  }
  return { ...flag, filters };
}

/** Who gets what, reduced to what users notice: variant shares, the first group's rollout, the holdout. */
function servingShape(flag: MinimalFeatureFlag) {
  return JSON.stringify([
    flagVariants(flag).map((v) => [v.key, v.rollout_percentage ?? 0]),
    flag.filters?.groups?.[0]?.rollout_percentage ?? 100,
    flag.filters?.holdout?.id ?? null,
  ]);
}

export function servesDifferently(before: MinimalFeatureFlag, after: MinimalFeatureFlag): boolean {
  return servingShape(before) !== servingShape(after);
}

export function holdoutChanged(before: MinimalFeatureFlag, after: MinimalFeatureFlag): boolean {
  return (before.filters?.holdout?.id ?? null) !== (after.filters?.holdout?.id ?? null);
}

/**
 * The split a flag hands out once it is on, in the experiment page's own "serving now" words ("control
 * 50 % · test 50 % of all users", "test to 100 % of users"), so the question and the page never disagree.
 */
export function flagSplitText(flag: MinimalFeatureFlag): string {
  return servingNow({ ...flag, active: true, deleted: false }).sentence;
}
