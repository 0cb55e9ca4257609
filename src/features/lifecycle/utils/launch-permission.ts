import { flagLaunchProblem, lifecyclePermission, type Experiment, type Permission } from '@/shared';

/**
 * The header's Launch. A flag problem does not disable it: it opens the pre-launch checklist, which names
 * the blocker, says how to fix it, and keeps the dialog's own Launch disabled. Anything else PostHog
 * refuses (already launched, view-only) disables it here with the reason.
 */
export function launchButtonPermission(experiment: Experiment): Permission {
  const permission = lifecyclePermission('launch', experiment);
  if (!permission.allowed && permission.reason === flagLaunchProblem(experiment.feature_flag)) {
    return { allowed: true };
  }
  return permission;
}
