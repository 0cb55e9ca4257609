import type { ExperimentStatus } from '../schemas/experiment';

/** The flag fields "is it on" reads; a MinimalFeatureFlag fits. */
export interface FlagOnInput {
  active?: boolean | null;
  deleted?: boolean | null;
}

/**
 * The one "is the flag on" rule: the flag exists, is not deleted, and does not say `active: false`.
 * PostHog's MinimalFeatureFlag always sends `active`; an older payload that leaves it out is read as ON, the
 * reading that warns rather than reassures (users may be served), as the status rule below reads it.
 */
export function flagIsOn(flag: FlagOnInput | null | undefined): boolean {
  return !!flag && !flag.deleted && flag.active !== false;
}

export interface StatusInput {
  start_date?: string | null;
  end_date?: string | null;
  feature_flag?: FlagOnInput | null;
}

/**
 * The one status rule (contract §3.5): stopped once ended, running once launched, else draft; a running
 * experiment whose flag is switched off is *paused*. Paused is never stored, always derived. Only a flag that
 * says `active: false` pauses (as in `flagIsOn`); a deleted or missing flag does not, since the server's
 * status filter knows only `active`.
 */
export function experimentStatus(experiment: StatusInput): ExperimentStatus {
  if (experiment.start_date && experiment.end_date) return 'stopped';
  if (experiment.start_date)
    return experiment.feature_flag?.active === false ? 'paused' : 'running';
  return 'draft';
}

export const STATUS_LABELS: Record<ExperimentStatus, { label: string; description: string }> = {
  draft: { label: 'Draft', description: 'Not launched yet: nobody is enrolled.' },
  running: {
    label: 'Running',
    description: 'Launched: the flag is on and exposures are collected.',
  },
  paused: {
    label: 'Paused',
    description:
      'The feature flag is off: every user sees the default experience and no exposures are collected.',
  },
  stopped: { label: 'Stopped', description: 'Ended: no longer collecting data.' },
};

/** Whole days between two instants, floor; used for "days running". */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
}
