import type { ReactNode } from 'react';
import { useDeleteWithUndo } from '../hooks/use-delete-with-undo';
import { DeletedNotice } from './page/deleted-notice';
import type { RequestedTab } from '../utils/experiment-tab';
import { LoadedExperiment } from './page/loaded-experiment';
import { NoticeProvider } from './notice-provider';

export interface ExperimentLifecyclePageProps {
  id: number;
  /** What to show when the experiment does not exist (the app's 404 page). */
  notFound: ReactNode;
  tab: RequestedTab;
  onTabChange: (tab: RequestedTab) => void;
}

function ExperimentOrDeletedNotice(props: ExperimentLifecyclePageProps) {
  const { deleted, remove, restore, busy } = useDeleteWithUndo();
  if (deleted)
    return <DeletedNotice experiment={deleted} onUndo={() => restore(deleted)} busy={busy} />;
  return <LoadedExperiment {...props} onDelete={remove} />;
}

/**
 * The experiment page: its state, what can be done next and why not, the conclusion and the history.
 * Notices sit above the per-experiment part (keyed by id) so they survive opening a copy.
 */
export function ExperimentLifecyclePage(props: ExperimentLifecyclePageProps) {
  return (
    <NoticeProvider>
      <ExperimentOrDeletedNotice key={props.id} {...props} />
    </NoticeProvider>
  );
}
