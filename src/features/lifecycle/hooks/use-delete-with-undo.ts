import { useState } from 'react';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useSetExperimentDeleted } from '@/features/experiments/api/experiment-mutations';
import { useNotify } from './use-notify';

/**
 * Delete at once and offer Undo (a soft delete, so undo is real) instead of asking "are you sure?".
 * The page switches to the deleted notice before the server answers, so nothing tries to show (or
 * refetch) an experiment that is going away; a refusal brings the page back with the reason.
 */
export function useDeleteWithUndo() {
  const [deleted, setDeleted] = useState<Experiment | null>(null);
  const mutation = useSetExperimentDeleted();
  const notify = useNotify();

  const restore = (experiment: Experiment) =>
    mutation.mutate(
      { id: experiment.id, deleted: false },
      {
        onSuccess: () => {
          setDeleted(null);
          notify({ severity: 'success', message: `Restored “${experiment.name}”.` });
        },
        onError: (error) =>
          notify({
            severity: 'error',
            message: `Could not restore the experiment: ${errorMessage(error)}`,
          }),
      },
    );

  const remove = (experiment: Experiment) => {
    setDeleted(experiment);
    mutation.mutate(
      { id: experiment.id, deleted: true },
      {
        onSuccess: () =>
          notify({
            severity: 'success',
            message: `Deleted “${experiment.name}”.`,
            action: { label: 'Undo', onClick: () => restore(experiment) },
          }),
        onError: (error) => {
          setDeleted(null);
          notify({
            severity: 'error',
            message: `Could not delete the experiment: ${errorMessage(error)}`,
          });
        },
      },
    );
  };

  return { deleted, remove, restore, busy: mutation.isPending };
}
