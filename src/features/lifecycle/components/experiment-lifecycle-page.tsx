import { useState, type ReactNode } from 'react';
import type { Experiment } from '@/shared';
import {
  NotDeletedError,
  useDeleteWithUndo,
} from '@/features/experiments/components/delete/use-delete-with-undo';
import { LazyDeleteDialog } from '@/features/experiments/components/delete/lazy-delete-dialog';
import { DeletedNotice } from './page/deleted-notice';
import type { RequestedTab } from '../utils/experiment-tab';
import { LoadedExperiment } from './page/loaded-experiment';

export interface ExperimentLifecyclePageProps {
  id: number;
  /** What to show when the experiment does not exist (the app's 404 page). */
  notFound: ReactNode;
  tab: RequestedTab;
  onTabChange: (tab: RequestedTab) => void;
}

function ExperimentOrDeletedNotice(props: ExperimentLifecyclePageProps) {
  const { deleted, remove, restore, busy } = useDeleteWithUndo();
  const [confirming, setConfirming] = useState<Experiment | null>(null);
  return (
    <>
      {deleted ? (
        <DeletedNotice
          experiment={deleted.experiment}
          flagTurnedOff={deleted.flagTurnedOff}
          onUndo={() =>
            void restore(
              { ...deleted.experiment, flagTurnedOff: deleted.flagTurnedOff },
              deleted.flagTurnedOff,
            )
          }
          busy={busy}
          dialogOpen={confirming !== null}
        />
      ) : (
        <LoadedExperiment {...props} onDelete={setConfirming} />
      )}
      {confirming && (
        <LazyDeleteDialog
          experiment={confirming}
          onClose={() => setConfirming(null)}
          onConfirm={(choice) =>
            remove(confirming, choice).catch((error: unknown) => {
              // Paused but not deleted: the open dialog now describes the paused experiment, not the running one.
              if (error instanceof NotDeletedError) setConfirming(error.experiment);
              throw error;
            })
          }
        />
      )}
    </>
  );
}

/**
 * The experiment page: its state, what can be done next and why not, the conclusion and the history.
 * Keyed by id, so opening another experiment (a copy) starts afresh; notices are app-wide and stay.
 */
export function ExperimentLifecyclePage(props: ExperimentLifecyclePageProps) {
  return <ExperimentOrDeletedNotice key={props.id} {...props} />;
}
