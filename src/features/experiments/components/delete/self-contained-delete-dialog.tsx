import { useState } from 'react';
import type { Experiment } from '@/shared';
import { NotDeletedError, useDeleteWithUndo } from './use-delete-with-undo';
import { DeleteDialog } from './delete-dialog';

/** The delete dialog with its own delete-and-undo, for a place (a dashboard row) that keeps no page state. */
export function SelfContainedDeleteDialog(props: { experiment: Experiment; onClose: () => void }) {
  const { remove } = useDeleteWithUndo();
  // Paused but not deleted: the open dialog then describes the paused experiment, as the page's does.
  const [experiment, setExperiment] = useState(props.experiment);
  return (
    <DeleteDialog
      experiment={experiment}
      onClose={props.onClose}
      onConfirm={(choice) =>
        remove(experiment, choice).catch((error: unknown) => {
          if (error instanceof NotDeletedError) setExperiment(error.experiment);
          throw error;
        })
      }
    />
  );
}
