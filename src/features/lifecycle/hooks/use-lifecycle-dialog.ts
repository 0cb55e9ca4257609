import { useCallback, useState } from 'react';
import { useSearchParams } from '@/lib/navigation/router-hooks';
import { parseRequestedAction, type RequestedAction } from '../utils/requested-action';

/** The dialogs of the experiment page; at most one is open. */
export type LifecycleDialog =
  | 'launch'
  | 'pause'
  | 'resume'
  | 'end'
  | 'conclusion'
  | 'ship'
  | 'reset'
  | 'duplicate'
  | 'flag-off'
  | 'flag-on';

export function useLifecycleDialog(initial: LifecycleDialog | null = null) {
  const [open, setOpen] = useState<LifecycleDialog | null>(initial);
  return { open, show: setOpen, close: () => setOpen(null) };
}

/**
 * The dialog the URL asks for (`?action=end`, from the dashboard or Needs attention), and a way to drop it
 * once answered. Replace, not push: Back should not reopen the dialog.
 */
export function useRequestedAction(): [RequestedAction | null, () => void] {
  const [params, setParams] = useSearchParams();
  const drop = useCallback(
    () =>
      setParams(
        (next) => {
          next.delete('action');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [parseRequestedAction(params.get('action')), drop];
}
