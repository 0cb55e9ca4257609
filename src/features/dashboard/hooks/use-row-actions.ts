import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import {
  useDuplicateExperiment,
  useExperimentAction,
  useSetExperimentDeleted,
} from '@/features/experiments/api/experiment-mutations';
import type { NoticeInput } from './use-notice';

export interface RowActions {
  duplicate: (experiment: Experiment) => void;
  setArchived: (experiment: Experiment, archived: boolean) => void;
  remove: (experiment: Experiment) => void;
}

/**
 * What the row menu does; every outcome is told in a snackbar, every reversible one with Undo. The actions
 * object is stable (React Query's `mutate` is), so memoised rows do not re-render when counts arrive.
 */
export function useRowActions(notify: (notice: NoticeInput) => void) {
  const navigate = useNavigate();
  const action = useExperimentAction();
  const duplicateMutation = useDuplicateExperiment();
  const deleteMutation = useSetExperimentDeleted();
  const { mutate: runAction } = action;
  const { mutate: duplicate } = duplicateMutation;
  const { mutate: setDeletedMutate } = deleteMutation;

  const actions = useMemo<RowActions>(() => {
    const onError = (error: unknown) => notify({ severity: 'error', message: errorMessage(error) });
    const setArchived = (experiment: Experiment, archived: boolean, isUndo = false): void =>
      runAction(
        { id: experiment.id, action: archived ? 'archive' : 'unarchive' },
        {
          onError,
          onSuccess: () =>
            notify({
              message: `${archived ? 'Archived' : 'Unarchived'} “${experiment.name}”.`,
              undo: isUndo ? undefined : () => setArchived(experiment, !archived, true),
            }),
        },
      );
    const setDeleted = (experiment: Experiment, deleted: boolean): void =>
      setDeletedMutate(
        { id: experiment.id, deleted },
        {
          onError,
          onSuccess: () =>
            notify(
              deleted
                ? {
                    message: `Deleted “${experiment.name}”.`,
                    undo: () => setDeleted(experiment, false),
                  }
                : { message: `Restored “${experiment.name}”.`, severity: 'success' },
            ),
        },
      );
    return {
      duplicate: (experiment) =>
        duplicate(
          { id: experiment.id, body: {} },
          { onError, onSuccess: (copy) => void navigate(paths.experiment.getHref(copy.id)) },
        ),
      setArchived: (experiment, archived) => setArchived(experiment, archived),
      remove: (experiment) => setDeleted(experiment, true),
    };
  }, [runAction, duplicate, setDeletedMutate, navigate, notify]);

  // Rows with a write in flight are dimmed, so a second click is not tempting.
  const busyIds = [action, duplicateMutation, deleteMutation]
    .filter((mutation) => mutation.isPending && mutation.variables)
    .map((mutation) => mutation.variables!.id);

  return { actions, busyIds };
}
