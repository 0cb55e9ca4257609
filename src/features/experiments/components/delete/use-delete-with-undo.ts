import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useNotify } from '@/lib/notice/notice-context';
import { paths } from '@/lib/paths';
import { consoleConfigQueryOptions } from '@/lib/session/console-config';
import { useSetExperimentDeleted } from '@/features/experiments/api/experiment-mutations';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import { forgetDeleted, rememberDeleted } from '@/features/experiments/utils/recently-deleted';
import { deleteConsequence, flagOutcome } from './delete-consequence';

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

  /** Rejects with the server's refusal, for the dialog to show; nothing was deleted then. */
  const remove = async (experiment: Experiment, { turnFlagOff }: DeleteChoice): Promise<void> => {
    const consequence = deleteConsequence(experiment);
    const turnOff = turnFlagOff && consequence.flagOn;
    if (turnOff)
      await flagMutation.mutateAsync({ experiment, active: false }).catch((error: unknown) => {
        throw new Error(
          `Could not turn the flag ${consequence.flagKey} off, so nothing was deleted: ${errorMessage(error)}`,
          { cause: error },
        );
      });
    // The page shows the deleted notice before the server answers, so nothing refetches a row going away.
    setDeleted({ experiment, flagTurnedOff: turnOff });
    try {
      await deleteMutation.mutateAsync({ id: experiment.id, deleted: true });
    } catch (error) {
      setDeleted(null);
      if (!turnOff) throw error;
      throw new Error(
        `The flag ${consequence.flagKey} was turned off, but the experiment was not deleted: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    const project = await projectId();
    if (project !== null)
      rememberDeleted({
        id: experiment.id,
        name: experiment.name,
        flagKey: consequence.flagKey,
        deletedAt: new Date().toISOString(),
        projectId: project,
        flagTurnedOff: turnOff,
      });
    notify({
      severity: 'success',
      message: `Deleted “${experiment.name}”.${flagOutcome(consequence, turnOff)}`,
      action: {
        label: 'Undo',
        onClick: () => void restore({ ...experiment, flagTurnedOff: turnOff }, turnOff),
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
