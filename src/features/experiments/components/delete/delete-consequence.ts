import { experimentStatus, servingNow, type Experiment } from '@/shared';

/** What deleting an experiment does to what users see, and what the delete dialog offers about it. */
export interface DeleteConsequence {
  flagKey: string | null;
  /** The flag is on: deleting the experiment alone leaves it serving users. */
  flagOn: boolean;
  /** "control 50 % · test 50 % of all users": what the flag serves now. */
  serving: string;
  /** Turning the flag off pauses the experiment (running) or switches the flag itself (anything else). */
  turnOffPauses: boolean;
  /** Pre-ticked when the flag still splits traffic; a flag serving one shipped variant may be meant to. */
  turnOffByDefault: boolean;
}

export function deleteConsequence(experiment: Experiment): DeleteConsequence {
  const flag = experiment.feature_flag;
  const live = !!flag && !flag.deleted;
  const serving = servingNow(flag);
  const flagOn = live && !!flag.active && serving.state === 'on';
  const shipped = (flag?.filters?.groups ?? []).some((group) => !!group.variant);
  const splits = serving.variants.filter((v) => v.percent > 0).length > 1 && !shipped;
  const running = experimentStatus(experiment) === 'running';
  return {
    flagKey: live ? flag.key : null,
    flagOn,
    serving: serving.sentence,
    turnOffPauses: running,
    turnOffByDefault: flagOn && (running || splits),
  };
}

/** The sentence the delete notice ends with, so the person knows what happened to the flag. */
export function flagOutcome(consequence: DeleteConsequence, turnedOff: boolean): string {
  const key = consequence.flagKey;
  if (!key) return '';
  if (turnedOff)
    return consequence.turnOffPauses
      ? ` It was paused first, so its flag ${key} is off; Undo turns it back on.`
      : ` Its flag ${key} is turned off; Undo turns it back on.`;
  return consequence.flagOn ? ` Its flag ${key} is still on and serving users.` : '';
}
