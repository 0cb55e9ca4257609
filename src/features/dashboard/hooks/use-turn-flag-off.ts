import { useCallback } from 'react';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import type { NoticeInput } from './use-notice';

const withFlag = (experiment: Experiment, active: boolean): Experiment => ({
  ...experiment,
  feature_flag: experiment.feature_flag && { ...experiment.feature_flag, active },
});

/**
 * Turns off the flag of an ended experiment that still splits users, from Needs attention. The row leaves
 * the list at once (the write is optimistic); the notice says what users get now and offers Undo, which
 * turns the same flag back on.
 */
export function useTurnFlagOff(notify: (notice: NoticeInput) => void) {
  const { mutate, isPending, variables } = useSetFlagActive();
  const turnOff = useCallback(
    (experiment: Experiment) => {
      const key = experiment.feature_flag?.key ?? experiment.feature_flag_key;
      const onError = (error: unknown) =>
        notify({ severity: 'error', message: `Could not switch ${key}: ${errorMessage(error)}` });
      const turnBackOn = () =>
        mutate(
          { experiment: withFlag(experiment, false), active: true },
          {
            onError,
            onSuccess: () =>
              notify({
                severity: 'success',
                message: `Turned ${key} back on: it splits users as before.`,
              }),
          },
        );
      mutate(
        { experiment, active: false },
        {
          onError,
          onSuccess: () =>
            notify({
              message: `Turned off ${key} of “${experiment.name}”: every user gets the default experience.`,
              undo: turnBackOn,
            }),
        },
      );
    },
    [mutate, notify],
  );
  const busyId = isPending ? variables?.experiment.id : undefined;
  return { turnOff, busyId };
}
