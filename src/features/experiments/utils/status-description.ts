import { experimentStatus, flagIsOn, STATUS_LABELS, type StatusInput } from '@/shared';

/**
 * The status explained, agreeing with what the flag does: a draft on a live (shared) flag is not "nobody
 * is enrolled", and an ended experiment's flag may still serve its variants.
 */
export function statusDescription(experiment: StatusInput): string {
  const status = experimentStatus(experiment);
  const flagOn = flagIsOn(experiment.feature_flag);
  if (status === 'draft' && flagOn)
    return 'Not launched yet, but its feature flag is on: users get its variants and no exposures are counted for this experiment.';
  if (status === 'stopped')
    return flagOn
      ? 'Ended: no longer collecting data. The feature flag is still on and serves users.'
      : 'Ended: no longer collecting data. The feature flag is off: everyone gets the default.';
  return STATUS_LABELS[status].description;
}
