import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '@/lib/api-error';
import type { Experiment } from '@/shared';
import { useExperimentAction } from '@/features/experiments/api/experiment-mutations';
import { experimentKeys } from '@/features/experiments/api/experiment-keys';
import { useNotify } from '@/lib/notice/notice-context';

export type QuickToggle = 'pause' | 'resume' | 'archive' | 'unarchive';

const TEXT: Record<QuickToggle, { done: string; failed: string; undo?: QuickToggle }> = {
  // Both change what real users see, so both can be taken back from the notice.
  pause: {
    done: 'Paused: the feature flag is off.',
    failed: 'Could not pause the experiment',
    undo: 'resume',
  },
  resume: {
    done: 'Resumed: the feature flag is on again.',
    failed: 'Could not resume the experiment',
    undo: 'pause',
  },
  archive: {
    done: 'Archived: it is hidden from the default list.',
    failed: 'Could not archive the experiment',
    undo: 'unarchive',
  },
  unarchive: {
    done: 'Unarchived: it is back in the list.',
    failed: 'Could not unarchive the experiment',
  },
};

/**
 * Pause, resume, archive and unarchive show their result at once (the mutation hook writes the cache
 * before the server answers). If the server refuses, the hook puts the old state back, this says so and
 * reloads what the server has, even after the page that asked has gone.
 */
export function useQuickToggle(experiment: Pick<Experiment, 'id'>) {
  const mutation = useExperimentAction();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const toggle = (action: QuickToggle) => {
    const text = TEXT[action];
    // mutateAsync, not per-call callbacks: those are skipped once the caller unmounted, but Undo lives on in
    // the app-wide notice after the person navigated away, and its outcome must still be told.
    mutation.mutateAsync({ id: experiment.id, action }).then(
      () =>
        notify({
          severity: 'success',
          message: text.done,
          action: text.undo && { label: 'Undo', onClick: () => toggle(text.undo as QuickToggle) },
        }),
      (error: unknown) => {
        // A refusal usually means the page was out of date (someone else paused it): show the truth.
        void queryClient.invalidateQueries({ queryKey: experimentKeys.detail(experiment.id) });
        void queryClient.invalidateQueries({ queryKey: experimentKeys.lists() });
        notify({
          severity: 'error',
          message: `${text.failed}: ${errorMessage(error)} The page now shows its current state.`,
        });
      },
    );
  };
  return toggle;
}
