import { experimentStatus, flagIsOn, servingNow, type Experiment } from '@/shared';
import type { RunningOnFlag } from '../../api/get-running-on-flag';

/** What deleting an experiment does to what users see, and what the delete dialog offers about it. */
export interface DeleteConsequence {
  flagKey: string | null;
  /** The flag is on: deleting the experiment alone leaves it serving users. */
  flagOn: boolean;
  /** "control 50 % · test 50 % of all users": what the flag serves now. */
  serving: string;
  /** Turning the flag off pauses the experiment (running) or switches the flag itself (anything else). */
  turnOffPauses: boolean;
  /** Other running experiments on the flag: turning it off pauses them too. Empty until known. */
  sharedWith: RunningOnFlag['experiments'];
  /**
   * Pre-ticked when the flag still splits traffic; a flag serving one shipped variant may be meant to. Never
   * while it is unknown whether a running experiment shares the flag, nor when one does: that one would be
   * paused as a side effect of a delete.
   */
  turnOffByDefault: boolean;
}

/** `running` is the server's answer to "who else runs on this flag" (null while it is not known). */
export function deleteConsequence(
  experiment: Experiment,
  running: RunningOnFlag | null = null,
): DeleteConsequence {
  const flag = experiment.feature_flag;
  const serving = servingNow(flag);
  const flagOn = flagIsOn(flag) && serving.state === 'on';
  const isRunning = experimentStatus(experiment) === 'running';
  const sharedWith = running?.experiments ?? [];
  return {
    flagKey: flag && !flag.deleted ? flag.key : null,
    flagOn,
    serving: serving.sentence,
    turnOffPauses: isRunning,
    sharedWith,
    turnOffByDefault:
      flagOn && (isRunning || serving.splits) && running !== null && sharedWith.length === 0,
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
