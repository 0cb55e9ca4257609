import {
  experimentStatus,
  flagIsOn,
  type Experiment,
  type ExperimentStatus,
  type Permission,
} from '@/shared';
import { editPermission } from './edit-permission';

type SwitchDialog = 'pause' | 'resume' | 'flag-off' | 'flag-on';

/** What "Turn flag off" (active = false) or "Turn flag on" opens for this experiment, or why it cannot. */
export type FlagSwitchTarget = { dialog: SwitchDialog } | { dialog: null; reason: string };

/** Which dialog switches the flag to `active` (it is not already) for an experiment in this status. */
function dialogFor(status: ExperimentStatus, active: boolean): SwitchDialog | { reason: string } {
  switch (status) {
    case 'running':
      return 'pause';
    case 'paused':
      return 'resume';
    case 'draft':
      return active
        ? { reason: 'A draft’s feature flag is turned on by launching it.' }
        : 'flag-off';
    case 'stopped':
      return active ? 'flag-on' : 'flag-off';
  }
}

/**
 * Running and paused experiments switch their flag through Pause and Resume (so the status and History stay
 * right); an ended experiment, or a draft sharing a live flag, switches the flag itself. A draft's flag is
 * turned on by launching it, not from here.
 */
export function flagSwitchTarget(experiment: Experiment, active: boolean): FlagSwitchTarget {
  const permission: Permission = editPermission(experiment);
  if (!permission.allowed) return { dialog: null, reason: permission.reason };
  const flag = experiment.feature_flag;
  if (!flag || flag.deleted)
    return { dialog: null, reason: 'This experiment’s feature flag has been deleted.' };
  if (flagIsOn(flag) === active)
    return {
      dialog: null,
      reason: `The feature flag ${flag.key} is already ${active ? 'on' : 'off'}.`,
    };
  const dialog = dialogFor(experimentStatus(experiment), active);
  return typeof dialog === 'string' ? { dialog } : { dialog: null, reason: dialog.reason };
}

/** The header shows a flag switch only where no lifecycle action covers the flag: ended, or a live draft. */
export function offersFlagSwitch(experiment: Experiment): 'flag-off' | 'flag-on' | null {
  const flag = experiment.feature_flag;
  if (!flag || flag.deleted) return null;
  // Only the flag's own switches: Pause and Resume are lifecycle actions with their own buttons.
  const dialog = dialogFor(experimentStatus(experiment), !flagIsOn(flag));
  return dialog === 'flag-off' || dialog === 'flag-on' ? dialog : null;
}
