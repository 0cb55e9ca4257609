import type { Experiment } from '@/shared';
import type { LifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import type { QuickToggle } from '../../hooks/use-quick-toggle';
import { EditConclusionDialog } from '../conclusion/edit-conclusion-dialog';
import { DuplicateDialog } from '../duplicate/duplicate-dialog';
import { EndDialog } from '../end/end-dialog';
import { FlagSwitchDialog } from '../flag-toggle/flag-switch-dialog';
import { FlagToggleDialog } from '../flag-toggle/flag-toggle-dialog';
import { LaunchDialog } from '../launch/launch-dialog';
import { ResetDialog } from '../reset/reset-dialog';
import { ShipVariantDialog } from '../ship/ship-variant-dialog';

interface LifecycleDialogsProps {
  experiment: Experiment;
  open: LifecycleDialog | null;
  onClose: () => void;
  onToggle: (toggle: QuickToggle) => void;
  /** Turns an ended (or draft) experiment's flag on or off; running ones use pause/resume. */
  onFlagSwitch: (active: boolean) => void;
}

/** Mounts only the open dialog, so each starts fresh (empty form, no stale error) every time. */
export function LifecycleDialogs(dialogProps: LifecycleDialogsProps) {
  const { experiment, open, onClose, onToggle, onFlagSwitch } = dialogProps;
  const props = { experiment, onClose };
  switch (open) {
    case null:
      return null;
    case 'launch':
      return <LaunchDialog {...props} />;
    case 'pause':
    case 'resume':
      return (
        <FlagToggleDialog
          {...props}
          action={open}
          onConfirm={() => {
            onClose();
            onToggle(open);
          }}
        />
      );
    case 'flag-off':
    case 'flag-on':
      return (
        <FlagSwitchDialog
          {...props}
          active={open === 'flag-on'}
          onConfirm={() => {
            onClose();
            onFlagSwitch(open === 'flag-on');
          }}
        />
      );
    case 'end':
      return <EndDialog {...props} />;
    case 'conclusion':
      return <EditConclusionDialog {...props} />;
    case 'ship':
      return <ShipVariantDialog {...props} />;
    case 'reset':
      return <ResetDialog {...props} />;
    case 'duplicate':
      return <DuplicateDialog {...props} />;
  }
}
