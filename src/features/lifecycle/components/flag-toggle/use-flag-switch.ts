import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '@/lib/api-error';
import type { Experiment } from '@/shared';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import { experimentKeys } from '@/features/experiments/api/experiment-keys';
import { useNotify } from '../../hooks/use-notify';

/**
 * "Turn flag off" / "Turn flag on" for an experiment no lifecycle action covers (ended, or a draft on a live
 * flag). Shows the result at once, offers Undo, and says so if the server refuses. The caller stays mounted
 * while the request runs (the page, not the dialog).
 */
export function useFlagSwitch() {
  const mutation = useSetFlagActive();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const flagSwitch = (experiment: Experiment, active: boolean) => {
    const key = experiment.feature_flag_key;
    mutation.mutate(
      { experiment, active },
      {
        onSuccess: (saved) =>
          notify({
            severity: 'success',
            message: active
              ? `The flag ${key} is on again: users get their variants.`
              : `The flag ${key} is off: everyone gets the default.`,
            action: { label: 'Undo', onClick: () => flagSwitch(saved, !active) },
          }),
        onError: (error) => {
          void queryClient.invalidateQueries({ queryKey: experimentKeys.all });
          notify({
            severity: 'error',
            message: `Could not turn the flag ${active ? 'on' : 'off'}: ${errorMessage(error)} The page now shows its current state.`,
          });
        },
      },
    );
  };
  return flagSwitch;
}
