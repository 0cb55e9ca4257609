import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useSetFlagActive } from '@/features/experiments/api/flag-mutations';
import type { NoticeInput } from './use-notice';

interface Asked {
  experiment: Experiment;
  /** The button that asked; focus goes back to it on Cancel. */
  trigger: HTMLElement;
}

/**
 * Turning off the flag of an ended experiment that still splits users, from Needs attention: ask, then
 * switch. The item leaves the list at once (the write is optimistic); the notice says what users get now and
 * offers Undo, which turns the same flag back on. Focus goes back to the button on Cancel, and to `landing`
 * (the list's heading) after the switch, since the item and its button are gone.
 */
export function useTurnFlagOff(
  notify: (notice: NoticeInput) => void,
  landing: RefObject<HTMLElement | null>,
) {
  const { mutateAsync, isPending, variables } = useSetFlagActive();
  const [asked, setAsked] = useState<Asked | null>(null);
  const focusNext = useRef<HTMLElement | null>(null);
  // After the dialog has unmounted: while it is open its focus trap would pull focus back in.
  useEffect(() => {
    if (asked || !focusNext.current) return;
    focusNext.current.focus();
    focusNext.current = null;
  }, [asked]);

  // mutateAsync, not per-call callbacks: TanStack skips those once this panel unmounts, and Undo lives on
  // in the app-wide notice after the person has navigated away; its outcome must still be said.
  const turnOff = useCallback(
    (experiment: Experiment) => {
      const key = experiment.feature_flag?.key ?? experiment.feature_flag_key;
      const failed = (error: unknown) =>
        notify({
          severity: 'error',
          message: `Could not switch the flag ${key}: ${errorMessage(error)} The list now shows its current state.`,
        });
      // Undo starts from the experiment as the server saved it (its flag off).
      const turnBackOn = (saved: Experiment) =>
        mutateAsync({ experiment: saved, active: true }).then(
          () =>
            notify({
              severity: 'success',
              message: `The flag ${key} is on again: users get their variants.`,
            }),
          failed,
        );
      return mutateAsync({ experiment, active: false }).then(
        (saved) =>
          notify({
            message: `The flag ${key} of “${experiment.name}” is off: everyone gets the default.`,
            undo: () => void turnBackOn(saved),
          }),
        failed,
      );
    },
    [mutateAsync, notify],
  );

  const ask = useCallback(
    (experiment: Experiment, trigger: HTMLElement) => setAsked({ experiment, trigger }),
    [],
  );
  const cancel = () => {
    focusNext.current = asked?.trigger ?? null;
    setAsked(null);
  };
  const confirm = () => {
    if (!asked) return;
    focusNext.current = landing.current;
    setAsked(null);
    void turnOff(asked.experiment);
  };
  const busyId = isPending ? variables?.experiment.id : undefined;
  return { asked: asked?.experiment ?? null, ask, cancel, confirm, busyId };
}
