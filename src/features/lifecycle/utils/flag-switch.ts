import { experimentStatus, flagIsOn, type Experiment, type Permission } from '@/shared';
import { editPermission } from './edit-permission';

/** What "Turn flag off" (active = false) or "Turn flag on" opens for this experiment, or why it cannot. */
export type FlagSwitchTarget =
  { dialog: 'pause' | 'resume' | 'flag-off' | 'flag-on' } | { dialog: null; reason: string };

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
  switch (experimentStatus(experiment)) {
    case 'running':
      return { dialog: 'pause' };
    case 'paused':
      return { dialog: 'resume' };
    case 'draft':
      return active
        ? { dialog: null, reason: 'A draft’s feature flag is turned on by launching it.' }
        : { dialog: 'flag-off' };
    case 'stopped':
      return { dialog: active ? 'flag-on' : 'flag-off' };
  }
}

/** The header shows a flag switch only where no lifecycle action covers the flag: ended, or a live draft. */
export function offersFlagSwitch(experiment: Experiment): 'flag-off' | 'flag-on' | null {
  const flag = experiment.feature_flag;
  if (!flag || flag.deleted) return null;
  const status = experimentStatus(experiment);
  const on = flagIsOn(flag);
  if (status === 'stopped') return on ? 'flag-off' : 'flag-on';
  if (status === 'draft' && on) return 'flag-off';
  return null;
}
