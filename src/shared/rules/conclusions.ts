import type { ActivityLogEntry } from '../schemas/activity';
import type { Conclusion, EndExperimentInput, ShipVariantInput } from '../schemas/experiment';
import type { MinimalFeatureFlag } from '../schemas/feature-flag';

/** PostHog's limit on `conclusion_comment` (newer versions enforce 4000 characters). */
export const CONCLUSION_COMMENT_MAX = 4000;

/** How the recorded result reads: a tone the UI maps to a colour, never the only signal. */
export type ConclusionTone = 'success' | 'error' | 'neutral' | 'warning';
export const CONCLUSION_TONES: Record<Conclusion, ConclusionTone> = {
  won: 'success',
  lost: 'error',
  inconclusive: 'neutral',
  stopped_early: 'warning',
  invalid: 'warning',
};

export interface EndChoice {
  conclusion: Conclusion;
  comment: string;
  /** A variant to serve to everyone, or null to end without touching the flag. */
  shipVariantKey: string | null;
}

export type EndRequest =
  { action: 'end'; body: EndExperimentInput } | { action: 'ship_variant'; body: ShipVariantInput };

/**
 * Which action ends the experiment: `ship_variant` when a variant is chosen (it ends a running experiment
 * and records the conclusion in one write), else `end`. A blank comment is sent as null, not as spaces.
 */
export function endRequest(choice: EndChoice): EndRequest {
  const conclusion_comment = choice.comment.trim() ? choice.comment : null;
  if (choice.shipVariantKey) {
    return {
      action: 'ship_variant',
      body: {
        variant_key: choice.shipVariantKey,
        conclusion: choice.conclusion,
        conclusion_comment,
      },
    };
  }
  return { action: 'end', body: { conclusion: choice.conclusion, conclusion_comment } };
}

export interface ConclusionHistory {
  /** The entry that ended the experiment ("ended", or "variant_shipped" when shipping ended it). */
  ended: ActivityLogEntry | null;
  /** The latest later edit of the conclusion or its comment, if any. */
  lastEdit: ActivityLogEntry | null;
}

const CONCLUSION_FIELDS = new Set(['conclusion', 'conclusion_comment']);
const touchesConclusion = (entry: ActivityLogEntry) =>
  (entry.detail?.changes ?? []).some((c) => CONCLUSION_FIELDS.has(c.field ?? ''));
const endsExperiment = (entry: ActivityLogEntry) =>
  entry.activity === 'ended' ||
  (entry.activity === 'variant_shipped' &&
    (entry.detail?.changes ?? []).some((c) => c.field === 'end_date' && c.before == null));

/** Who ended the experiment and when, and who last edited the conclusion, from the activity log. */
export function conclusionHistory(entries: readonly ActivityLogEntry[]): ConclusionHistory {
  const newestFirst = [...entries].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at),
  );
  const endedIndex = newestFirst.findIndex(endsExperiment);
  if (endedIndex < 0) return { ended: null, lastEdit: null };
  const lastEdit =
    newestFirst
      .slice(0, endedIndex)
      .find((entry) => entry.activity !== 'reset' && touchesConclusion(entry)) ?? null;
  return { ended: newestFirst[endedIndex] ?? null, lastEdit };
}

/**
 * The variant a shipped flag serves to everyone: exactly one variant at 100 % and the rest at 0 %, as
 * `ship_variant` leaves it. Null for a flag still splitting traffic.
 */
export function shippedVariantKey(
  flag: Pick<MinimalFeatureFlag, 'filters'> | null | undefined,
): string | null {
  const variants = flag?.filters?.multivariate?.variants ?? [];
  const full = variants.filter((v) => v.rollout_percentage === 100);
  const rest = variants.filter((v) => v.rollout_percentage !== 100);
  if (full.length !== 1 || rest.some((v) => (v.rollout_percentage ?? 0) !== 0)) return null;
  return full[0]?.key ?? null;
}
