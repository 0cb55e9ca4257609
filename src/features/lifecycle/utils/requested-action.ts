import { lifecyclePermission, type Experiment, type LifecycleAction } from '@/shared';
import type { LifecycleDialog } from '../hooks/use-lifecycle-dialog';
import { concludeTarget } from './conclude-target';
import { flagSwitchTarget } from './flag-switch';
import { launchButtonPermission } from './launch-permission';

/** The names `?action=` accepts (links from the dashboard and Needs attention). */
export const REQUESTED_ACTIONS = [
  'conclude',
  'end',
  'pause',
  'resume',
  'flag-off',
  'flag-on',
  'launch',
  'ship',
  'reset',
  'duplicate',
] as const;
export type RequestedAction = (typeof REQUESTED_ACTIONS)[number];

export function parseRequestedAction(value: string | null): RequestedAction | null {
  return REQUESTED_ACTIONS.find((action) => action === value) ?? null;
}

type Target = { dialog: LifecycleDialog } | { dialog: null; reason: string };

const VERBS: Record<RequestedAction, string> = {
  conclude: 'record a conclusion',
  end: 'end the experiment',
  pause: 'pause the experiment',
  resume: 'resume the experiment',
  'flag-off': 'turn the feature flag off',
  'flag-on': 'turn the feature flag on',
  launch: 'launch the experiment',
  ship: 'ship a variant',
  reset: 'reset to draft',
  duplicate: 'duplicate the experiment',
};

function byPermission(
  action: LifecycleAction,
  dialog: LifecycleDialog,
  experiment: Experiment,
): Target {
  const permission =
    action === 'launch'
      ? launchButtonPermission(experiment)
      : lifecyclePermission(action, experiment);
  return permission.allowed ? { dialog } : { dialog: null, reason: permission.reason };
}

function target(action: RequestedAction, experiment: Experiment): Target {
  switch (action) {
    case 'conclude':
      return concludeTarget(experiment);
    case 'flag-off':
    case 'flag-on':
      return flagSwitchTarget(experiment, action === 'flag-on');
    case 'ship':
      return byPermission('ship_variant', 'ship', experiment);
    default:
      return byPermission(action, action, experiment);
  }
}

/**
 * Which dialog a `?action=` opens for the experiment as it is now, or the sentence that says why not
 * ("Cannot end the experiment: Experiment has already ended.").
 */
export function requestedActionTarget(
  action: RequestedAction,
  experiment: Experiment,
): { dialog: LifecycleDialog } | { dialog: null; message: string } {
  const found = target(action, experiment);
  if (found.dialog) return { dialog: found.dialog };
  return { dialog: null, message: `Cannot ${VERBS[action]}: ${found.reason}` };
}
