import { useState } from 'react';

/** The dialogs of the experiment page; at most one is open. */
export type LifecycleDialog =
  'launch' | 'pause' | 'resume' | 'end' | 'conclusion' | 'ship' | 'reset' | 'duplicate';

export function useLifecycleDialog(initial: LifecycleDialog | null = null) {
  const [open, setOpen] = useState<LifecycleDialog | null>(initial);
  return { open, show: setOpen, close: () => setOpen(null) };
}
