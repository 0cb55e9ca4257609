import { variantPercent } from './split';
import { flagIsOn } from './status';

/** What the flag serves, in parts a page can lay out; `sentence` is the one line. */
export interface ServingNow {
  /** off: nobody gets a variant (flag off, deleted or missing); on: the flag serves users. */
  state: 'on' | 'off';
  sentence: string;
  /**
   * The flag splits users between two or more variants (the one "does it split" rule), rather than serving
   * one experience: off, no variants, one variant left with a share, or a group pinning everyone to one
   * variant first (as ship_variant prepends).
   */
  splits: boolean;
  /** Each variant's share of those the flag lets in, as the flag has it (0 for the losers of a ship). */
  variants: { key: string; name: string | null; percent: number }[];
}

export interface ServingNowOptions {
  /** When the flag went off, if known (the activity log); said as "since Nov 27". */
  offSince?: string | null;
  /** A running experiment whose flag is off is paused: say "Paused" rather than "Flag off". */
  paused?: boolean;
  /** Share of all users a holdout keeps out; defaults to the flag's own `filters.holdout`. */
  holdoutPercent?: number;
}

/** The few flag fields the sentence reads (a MinimalFeatureFlag fits), read-only so any caller's shape fits. */
export interface ServingFlag {
  active?: boolean | null;
  deleted?: boolean | null;
  filters?: {
    groups?:
      | readonly {
          properties?: readonly unknown[] | null;
          rollout_percentage?: number | null;
          variant?: string | null;
        }[]
      | null;
    multivariate?: {
      variants: readonly {
        key: string;
        name?: string | null;
        rollout_percentage?: number | null;
      }[];
    } | null;
    holdout?: { exclusion_percentage: number } | null;
  } | null;
}

const DEFAULT = 'everyone gets the default';

export function sharePercent(n: number): string {
  return `${Math.round(n * 100) / 100}\u00a0%`;
}

function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

/**
 * Who gets the flag: the first release condition that matches everyone decides the rollout (ship_variant
 * prepends one at 100 %); conditions on properties only narrow it to "users who match".
 */
function audience(flag: ServingFlag): {
  rollout: number;
  conditional: boolean;
  variant: string | null;
} {
  const groups = flag.filters?.groups ?? [];
  const open = groups.find((g) => !g.properties?.length);
  if (!open) return { rollout: 100, conditional: groups.length > 0, variant: null };
  return {
    rollout: open.rollout_percentage ?? 100,
    conditional: false,
    variant: open.variant ?? null,
  };
}

function whom(rollout: number, conditional: boolean): string {
  if (conditional) return 'users who match the release conditions';
  return rollout >= 100 ? 'all users' : `${sharePercent(rollout)} rollout`;
}

/**
 * The one "serving now" sentence, read from the feature flag itself (never from the experiment's
 * parameters, which say what was asked for): "carousel to 100 % of users", "control 50 % · test 50 % of
 * 80 % rollout", "Paused since Nov 27: everyone gets the default".
 */
export function servingNow(
  flag: ServingFlag | null | undefined,
  options: ServingNowOptions = {},
): ServingNow {
  const variants = (flag?.filters?.multivariate?.variants ?? []).map((v) => ({
    key: v.key,
    name: v.name ?? null,
    percent: variantPercent(v),
  }));
  const off = (sentence: string): ServingNow => ({
    state: 'off',
    sentence,
    splits: false,
    variants,
  });
  if (!flag) return off(`No feature flag: ${DEFAULT}`);
  if (flag.deleted) return off(`The feature flag was deleted: ${DEFAULT}`);
  if (!flagIsOn(flag)) {
    const label = options.paused ? 'Paused' : 'Flag off';
    const since = options.offSince ? ` since ${shortDate(options.offSince)}` : '';
    return off(`${label}${since}: ${DEFAULT}`);
  }
  const { rollout, conditional, variant } = audience(flag);
  const holdout = options.holdoutPercent ?? flag.filters?.holdout?.exclusion_percentage ?? 0;
  const held = holdout > 0 ? ` · ${sharePercent(holdout)} held out` : '';
  if (!conditional && rollout <= 0) return off(`On, but rolled out to 0\u00a0%: ${DEFAULT}`);
  const serving = variants.filter((v) => v.percent > 0);
  const single = variant ?? (serving.length === 1 ? serving[0]!.key : null);
  const splits = variants.length > 0 && !single && serving.length >= 2;
  let sentence: string;
  if (variants.length === 0) {
    sentence = conditional
      ? 'On for users who match the release conditions'
      : `On for ${sharePercent(rollout)} of users`;
  } else if (single) {
    sentence = conditional
      ? `${single} to users who match the release conditions`
      : `${single} to ${sharePercent(rollout)} of users`;
  } else if (serving.length === 0) {
    sentence = `No variant has a share: ${DEFAULT}`;
  } else {
    const split = serving.map((v) => `${v.key} ${sharePercent(v.percent)}`).join(' · ');
    sentence = `${split} of ${whom(rollout, conditional)}`;
  }
  return { state: 'on', sentence: sentence + held, splits, variants };
}
