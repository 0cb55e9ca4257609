import type { Experiment } from '@/shared';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { DeleteDialog } from './delete-dialog';

/** The delete dialog with its own delete-and-undo, for a place (a dashboard row) that keeps no page state. */
export function SelfContainedDeleteDialog(props: { experiment: Experiment; onClose: () => void }) {
  const { remove } = useDeleteWithUndo();
  return <DeleteDialog {...props} onConfirm={(choice) => remove(props.experiment, choice)} />;
}
