import { experimentStatus, flagIsOn, type Experiment, type ExperimentStatus } from '@/shared';
import { othersOnFlag, type OnFlag } from '@/features/experiments/api/get-flag-experiments';
import {
  flagAfterDraftSave,
  flagSplitText,
  holdoutChanged,
  servesDifferently,
} from './flag-rewrite';

export interface FlagRewrite {
  flagId: number;
  before: NonNullable<Experiment['feature_flag']>;
  after: NonNullable<Experiment['feature_flag']>;
}

/** Another experiment on the same flag, as the question names it. */
export interface FlagUser {
  id: number;
  name: string;
  status: ExperimentStatus;
  conclusion: string | null;
  archived: boolean;
}

export interface LiveFlagQuestion {
  flagKey: string;
  active: boolean;
  /** What the flag hands out now, and after the save ("control 50 % · test 50 %"). */
  now: string;
  after: string;
  holdoutChanges: boolean;
  others: FlagUser[];
  /** All other experiments on the flag, when more exist than were listed. */
  otherCount: number;
}

/**
 * What saving this body does to a draft's flag, or null when the flag stays as it is (or the experiment is
 * launched: its flag changes only when asked, see FlagSyncDialog).
 */
export function draftFlagRewrite(
  experiment: Experiment,
  body: Record<string, unknown>,
): FlagRewrite | null {
  const flag = experiment.feature_flag;
  if (experimentStatus(experiment) !== 'draft' || !flag || flag.deleted) return null;
  const after = flagAfterDraftSave(flag, body);
  return servesDifferently(flag, after) ? { flagId: flag.id, before: flag, after } : null;
}

/**
 * The question to ask before the rewrite, when anyone is affected: the flag is on (users get it now), or
 * other experiments use it (their variants change under them). Null when nobody is.
 */
export function liveFlagQuestion(
  experiment: Experiment,
  rewrite: FlagRewrite,
  onFlag: OnFlag,
): LiveFlagQuestion | null {
  const onFlagElse = othersOnFlag(onFlag, experiment.id);
  const others = onFlagElse.experiments.map((e): FlagUser => ({
    id: e.id,
    name: e.name,
    status: experimentStatus(e),
    conclusion: e.conclusion ?? null,
    archived: Boolean(e.archived),
  }));
  const active = flagIsOn(rewrite.before);
  if (!active && others.length === 0) return null;
  return {
    flagKey: rewrite.before.key,
    active,
    now: flagSplitText(rewrite.before),
    after: flagSplitText(rewrite.after),
    holdoutChanges: holdoutChanged(rewrite.before, rewrite.after),
    others,
    otherCount: onFlagElse.count,
  };
}
