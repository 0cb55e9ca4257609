import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from '@/lib/navigation/router-hooks';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useNotify } from '@/lib/notice/notice-context';
import { paths } from '@/lib/paths';
import { consoleConfigQueryOptions } from '@/lib/session/console-config';
import { useSetExperimentDeleted } from '@/features/experiments/api/experiment-mutations';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import { forgetDeleted, rememberDeleted } from '@/features/experiments/utils/recently-deleted';
import { deleteConsequence, flagOutcome, type DeleteConsequence } from './delete-consequence';

export interface DeletedExperiment {
  experiment: Experiment;
  /** The delete turned the flag off: Undo turns it back on. */
  flagTurnedOff: boolean;
}

/** What a restore needs: a deleted experiment is not in any cache, so a remembered entry will do. */
export interface RestoreTarget {
  id: number;
  name: string;
  flagTurnedOff: boolean;
}

/** A flag the delete turned off before the delete itself failed. */
interface TurnedOff {
  /** As the server answered after turning the flag off (a running one is paused now). */
  experiment: Experiment;
  /** What the delete meant to do, decided before the flag was touched. */
  consequence: DeleteConsequence;
}

/**
 * The flag was turned off (a running experiment paused) but the delete itself failed. Carries the experiment
 * as the server left it, so a dialog that stays open can show that instead of what it opened with.
 */
export class NotDeletedError extends Error {
  constructor(
    message: string,
    readonly experiment: Experiment,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface DeleteChoice {
  /** Pause the experiment (or switch its flag off) before deleting, so users stop getting variants. */
  turnFlagOff: boolean;
}

/**
 * Soft delete after the person confirmed it, optionally turning the flag off first, and an Undo in the
 * app-wide notice that puts back both. Every step is awaited with `mutateAsync`, whose promise settles even
 * after the row or page that started it has gone (per-call callbacks would not run then).
 */
export function useDeleteWithUndo() {
  const [deleted, setDeleted] = useState<DeletedExperiment | null>(null);
  const deleteMutation = useSetExperimentDeleted();
  const flagMutation = useSetFlagActive();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();

  const projectId = () =>
    queryClient
      .ensureQueryData(consoleConfigQueryOptions())
      .then((config) => config.project.id)
      .catch(() => null);

  /**
   * Restores the experiment; with `turnFlagOn`, also undoes what the delete did to its flag. Without it, a
   * flag the delete turned off stays off, and the notice says so and offers to open the experiment.
   */
  const restore = async (target: RestoreTarget, turnFlagOn: boolean): Promise<void> => {
    let restored: Experiment;
    try {
      restored = await deleteMutation.mutateAsync({ id: target.id, deleted: false });
    } catch (error) {
      notify({
        severity: 'error',
        message: `Could not restore “${target.name}”: ${errorMessage(error)}`,
      });
      return;
    }
    setDeleted(null);
    const project = await projectId();
    if (project !== null) forgetDeleted(project, target.id);
    const key = restored.feature_flag?.key;
    if (!turnFlagOn) {
      notify({
        severity: 'success',
        message: target.flagTurnedOff
          ? `Restored “${target.name}”. Its flag ${key} stays off until you resume the experiment or turn the flag on.`
          : `Restored “${target.name}”.`,
        action: target.flagTurnedOff
          ? { label: 'Open', onClick: () => void navigate(paths.experiment.getHref(target.id)) }
          : undefined,
      });
      return;
    }
    try {
      await flagMutation.mutateAsync({ experiment: restored, active: true });
      notify({
        severity: 'success',
        message: `Restored “${target.name}” and turned its flag ${key} back on.`,
      });
    } catch (error) {
      notify({
        severity: 'error',
        message: `Restored “${target.name}”, but its flag ${key} is still off: ${errorMessage(error)}`,
      });
    }
  };

  /**
   * Experiments whose flag this hook turned off while the delete itself failed, as the server left them. A
   * retry from the same dialog starts from there: it does not pause again (the server would refuse, "already
   * paused"), and Undo still knows the flag was on.
   */
  const turnedOffBefore = useRef(new Map<number, TurnedOff>());

  /** Turns the flag back on after a delete that turned it off and then failed. */
  const turnBackOn = async ({ experiment, consequence }: TurnedOff): Promise<void> => {
    try {
      await flagMutation.mutateAsync({ experiment, active: true });
      turnedOffBefore.current.delete(experiment.id);
      notify({
        severity: 'success',
        message: consequence.turnOffPauses
          ? `Resumed “${experiment.name}”: its flag ${consequence.flagKey} is on again.`
          : `The flag ${consequence.flagKey} is on again.`,
      });
    } catch (error) {
      notify({
        severity: 'error',
        message: `Could not turn the flag ${consequence.flagKey} back on: ${errorMessage(error)}`,
      });
    }
  };

  /** Rejects with the server's refusal, for the dialog to show; nothing was deleted then. */
  const remove = async (experiment: Experiment, { turnFlagOff }: DeleteChoice): Promise<void> => {
    const earlier = turnedOffBefore.current.get(experiment.id);
    // The dialog still holds the experiment as it opened; after a failed try the server's answer is the truth.
    const current = earlier?.experiment ?? experiment;
    const consequence = earlier?.consequence ?? deleteConsequence(current);
    const turnOff = turnFlagOff && consequence.flagOn && !earlier;
    let afterTurnOff = current;
    if (turnOff)
      afterTurnOff = await flagMutation
        .mutateAsync({ experiment: current, active: false })
        .catch((error: unknown) => {
          throw new Error(
            `Could not turn the flag ${consequence.flagKey} off, so nothing was deleted: ${errorMessage(error)}`,
            { cause: error },
          );
        });
    const flagTurnedOff = turnOff || !!earlier;
    // The page shows the deleted notice before the server answers, so nothing refetches a row going away.
    setDeleted({ experiment: afterTurnOff, flagTurnedOff });
    try {
      await deleteMutation.mutateAsync({ id: experiment.id, deleted: true });
    } catch (error) {
      setDeleted(null);
      if (!flagTurnedOff) throw error;
      const off = earlier ?? { experiment: afterTurnOff, consequence };
      turnedOffBefore.current.set(experiment.id, off);
      const undoLabel = consequence.turnOffPauses ? 'Resume' : 'Turn flag on';
      notify({
        severity: 'error',
        message: consequence.turnOffPauses
          ? `“${experiment.name}” is paused now (its flag ${consequence.flagKey} is off), but it was not deleted.`
          : `The flag ${consequence.flagKey} is off now, but “${experiment.name}” was not deleted.`,
        action: { label: undoLabel, onClick: () => void turnBackOn(off) },
      });
      throw new NotDeletedError(
        `${consequence.turnOffPauses ? 'The experiment is paused now' : `The flag ${consequence.flagKey} is off now`}, but it was not deleted: ${errorMessage(error)} Delete again to retry, or ${undoLabel} from the notice.`,
        off.experiment,
        { cause: error },
      );
    }
    turnedOffBefore.current.delete(experiment.id);
    const project = await projectId();
    if (project !== null)
      rememberDeleted({
        id: experiment.id,
        name: experiment.name,
        flagKey: consequence.flagKey,
        deletedAt: new Date().toISOString(),
        projectId: project,
        flagTurnedOff,
      });
    notify({
      severity: 'success',
      message: `Deleted “${experiment.name}”.${flagOutcome(consequence, flagTurnedOff)}`,
      action: {
        label: 'Undo',
        onClick: () => void restore({ ...experiment, flagTurnedOff }, flagTurnedOff),
      },
    });
  };

  return {
    deleted,
    remove,
    restore,
    busy: deleteMutation.isPending || flagMutation.isPending,
  };
}
