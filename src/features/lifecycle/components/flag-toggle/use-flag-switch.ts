import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '@/lib/api-error';
import type { Experiment } from '@/shared';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import { experimentKeys } from '@/features/experiments/api/experiment-keys';
import { useNotify } from '@/lib/notice/notice-context';

/**
 * "Turn flag off" / "Turn flag on" for an experiment no lifecycle action covers (ended, or a draft on a live
 * flag). Shows the result at once, offers Undo, and says so if the server refuses, even after the page that
 * asked has gone.
 */
export function useFlagSwitch() {
  const mutation = useSetFlagActive();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const flagSwitch = (experiment: Experiment, active: boolean) => {
    const key = experiment.feature_flag_key;
    // mutateAsync, not per-call callbacks: those are skipped once the caller unmounted, but Undo lives on in
    // the app-wide notice after the person navigated away, and its outcome must still be told.
    mutation.mutateAsync({ experiment, active }).then(
      (saved) =>
        notify({
          severity: 'success',
          message: active
            ? `The flag ${key} is on again: users get their variants.`
            : `The flag ${key} is off: everyone gets the default.`,
          action: { label: 'Undo', onClick: () => flagSwitch(saved, !active) },
        }),
      (error: unknown) => {
        void queryClient.invalidateQueries({ queryKey: experimentKeys.all });
        notify({
          severity: 'error',
          message: `Could not turn the flag ${active ? 'on' : 'off'}: ${errorMessage(error)} The page now shows its current state.`,
        });
      },
    );
  };
  return flagSwitch;
}
