import { useMemo } from 'react';
import { useNavigate } from '@/lib/navigation/router-hooks';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import {
  useDuplicateExperiment,
  useExperimentAction,
} from '@/features/experiments/api/experiment-mutations';
import type { NoticeInput } from './use-notice';

export interface RowActions {
  duplicate: (experiment: Experiment) => void;
  setArchived: (experiment: Experiment, archived: boolean) => void;
}

/**
 * What the row menu does (Delete asks first, in its own dialog: see row-actions-menu); every outcome is told in a snackbar, every reversible one with Undo. The actions
 * object is stable (React Query's `mutate` is), so memoised rows do not re-render when counts arrive.
 */
export function useRowActions(notify: (notice: NoticeInput) => void) {
  const navigate = useNavigate();
  const action = useExperimentAction();
  const duplicateMutation = useDuplicateExperiment();
  const { mutate: runAction } = action;
  const { mutate: duplicate } = duplicateMutation;

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
    return {
      duplicate: (experiment) =>
        duplicate(
          { id: experiment.id, body: {} },
          { onError, onSuccess: (copy) => void navigate(paths.experiment.getHref(copy.id)) },
        ),
      setArchived: (experiment, archived) => setArchived(experiment, archived),
    };
  }, [runAction, duplicate, navigate, notify]);

  // Rows with a write in flight are dimmed, so a second click is not tempting.
  const busyIds = [action, duplicateMutation]
    .filter((mutation) => mutation.isPending && mutation.variables)
    .map((mutation) => mutation.variables!.id);

  return { actions, busyIds };
}
