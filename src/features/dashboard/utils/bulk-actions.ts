import {
  flagIsOn,
  lifecyclePermission,
  servingNow,
  type Experiment,
  type Permission,
} from '@/shared';

/** What the bulk bar can do to many experiments at once; each goes through PostHog's per-experiment endpoint. */
export const BULK_ACTIONS = ['pause', 'resume', 'end', 'archive', 'unarchive', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
/** Undo's actions: the bar's, plus restoring what a batch deleted. */
export type BatchAction = BulkAction | 'restore';

interface BatchWords {
  /** The button and the confirm: "Resume". */
  label: string;
  /** "resumed", for the report. */
  done: string;
  /** "resuming", while it runs. */
  doing: string;
  /** What it does to each experiment, said before anything changes. */
  effect: string;
  /** The batch that puts it back, for the ones that succeeded; none when nothing can. */
  inverse?: BatchAction;
}

export const BATCH_WORDS: Record<BatchAction, BatchWords> = {
  pause: {
    label: 'Pause',
    done: 'paused',
    doing: 'Pausing',
    effect:
      'Turns each one’s feature flag off: users get the default experience until it is resumed.',
    inverse: 'resume',
  },
  resume: {
    label: 'Resume',
    done: 'resumed',
    doing: 'Resuming',
    effect: 'Turns each one’s feature flag back on: users get its variants again.',
    inverse: 'pause',
  },
  end: {
    label: 'End',
    done: 'ended',
    doing: 'Ending',
    effect:
      'Records the same conclusion and comment on each and sets its end date; each flag stays as it is. Ending cannot be undone.',
  },
  archive: {
    label: 'Archive',
    done: 'archived',
    doing: 'Archiving',
    effect: 'Moves each one out of the lists (show archived ones with the Archived filter).',
    inverse: 'unarchive',
  },
  unarchive: {
    label: 'Unarchive',
    done: 'unarchived',
    doing: 'Unarchiving',
    effect: 'Brings each one back into the lists.',
    inverse: 'archive',
  },
  delete: {
    label: 'Delete',
    done: 'deleted',
    doing: 'Deleting',
    effect:
      'Deletes each one (PostHog keeps it, so Undo and Recently deleted can restore it). Feature flags are not touched.',
    inverse: 'restore',
  },
  restore: {
    label: 'Restore',
    done: 'restored',
    doing: 'Restoring',
    effect: 'Puts each deleted experiment back.',
  },
};

/**
 * A delete leaves the flag as it is, so a live one keeps serving variants with no experiment to show it.
 * One at a time, the delete dialog offers to turn it off; a batch never does that silently, so it skips them.
 */
export const LIVE_FLAG_DELETE_REASON =
  'Its feature flag is on and serving users. Delete it from its own menu, which can turn the flag off first.';

/** Whether one experiment can take the action now, with the reason it is skipped when not. */
export function bulkPermission(action: BulkAction, experiment: Experiment): Permission {
  const permission = lifecyclePermission(action, experiment);
  if (!permission.allowed || action !== 'delete') return permission;
  const flag = experiment.feature_flag;
  const serving = flagIsOn(flag) && servingNow(flag).state === 'on';
  return serving ? { allowed: false, reason: LIVE_FLAG_DELETE_REASON } : permission;
}

export interface BulkPlan {
  ready: Experiment[];
  skipped: { experiment: Experiment; reason: string }[];
}

/** Splits a selection into what the action will change and what it skips, each skip with its reason. */
export function planBulk(action: BulkAction, experiments: readonly Experiment[]): BulkPlan {
  const plan: BulkPlan = { ready: [], skipped: [] };
  for (const experiment of experiments) {
    const permission = bulkPermission(action, experiment);
    if (permission.allowed) plan.ready.push(experiment);
    else plan.skipped.push({ experiment, reason: permission.reason });
  }
  return plan;
}

/** "1 experiment", "12 experiments". */
export const experimentCount = (n: number) =>
  `${n.toLocaleString('en-US')} experiment${n === 1 ? '' : 's'}`;
