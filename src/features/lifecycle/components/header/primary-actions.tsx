import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import PlayCircleOutlined from '@mui/icons-material/PlayCircleOutlined';
import RocketLaunchOutlined from '@mui/icons-material/RocketLaunchOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import ToggleOffOutlined from '@mui/icons-material/ToggleOffOutlined';
import ToggleOnOutlined from '@mui/icons-material/ToggleOnOutlined';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import { experimentStatus, lifecyclePermissions, type Experiment } from '@/shared';
import type { LifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import type { QuickToggle } from '../../hooks/use-quick-toggle';
import { editPermission } from '../../utils/edit-permission';
import { offersFlagSwitch } from '../../utils/flag-switch';
import { launchButtonPermission } from '../../utils/launch-permission';
import { ActionButton } from '../action-button';

interface PrimaryActionsProps {
  experiment: Experiment;
  onOpen: (dialog: LifecycleDialog) => void;
  onToggle: (toggle: QuickToggle) => void;
}

const END_SX = {
  '&:hover:not([aria-disabled])': { color: 'error.main', borderColor: 'error.main' },
} as const;

/** Turn flag off/on where no lifecycle action covers the flag (an ended experiment, a draft on a live flag). */
function FlagSwitchButton({ experiment, onOpen }: Omit<PrimaryActionsProps, 'onToggle'>) {
  const offer = offersFlagSwitch(experiment);
  if (!offer) return null;
  return (
    <ActionButton
      variant="outlined"
      permission={editPermission(experiment)}
      startIcon={offer === 'flag-off' ? <ToggleOffOutlined /> : <ToggleOnOutlined />}
      onClick={() => onOpen(offer)}
    >
      {offer === 'flag-off' ? 'Turn flag off' : 'Turn flag on'}
    </ActionButton>
  );
}

/**
 * The next step for the experiment's state: Draft → Launch; Running → Pause, End; Paused → Resume, End;
 * Stopped → conclusion, Archive; plus Turn flag off/on where the flag is live outside a run.
 */
export function PrimaryActions({ experiment, onOpen, onToggle }: PrimaryActionsProps) {
  const permissions = lifecyclePermissions(experiment);
  const status = experimentStatus(experiment);
  switch (status) {
    case 'draft':
      return (
        <>
          <ActionButton
            variant="contained"
            permission={launchButtonPermission(experiment)}
            startIcon={<RocketLaunchOutlined />}
            onClick={() => onOpen('launch')}
          >
            Launch
          </ActionButton>
          <FlagSwitchButton experiment={experiment} onOpen={onOpen} />
        </>
      );
    case 'running':
    case 'paused':
      return (
        <>
          {status === 'running' ? (
            <ActionButton
              variant="outlined"
              permission={permissions.pause}
              startIcon={<PauseCircleOutlined />}
              onClick={() => onOpen('pause')}
            >
              Pause
            </ActionButton>
          ) : (
            <ActionButton
              variant="outlined"
              permission={permissions.resume}
              startIcon={<PlayCircleOutlined />}
              onClick={() => onOpen('resume')}
            >
              Resume
            </ActionButton>
          )}
          {/* Ending is irreversible, so it is not the filled button that invites a click. */}
          <ActionButton
            variant="outlined"
            permission={permissions.end}
            startIcon={<StopCircleOutlined />}
            onClick={() => onOpen('end')}
            sx={END_SX}
          >
            End experiment
          </ActionButton>
        </>
      );
    case 'stopped':
      return (
        <>
          <ActionButton
            variant="contained"
            permission={editPermission(experiment)}
            startIcon={<TaskAltOutlined />}
            onClick={() => onOpen('conclusion')}
          >
            {experiment.conclusion ? 'Edit conclusion' : 'Record conclusion'}
          </ActionButton>
          {experiment.archived ? (
            <ActionButton
              variant="outlined"
              permission={permissions.unarchive}
              startIcon={<UnarchiveOutlined />}
              onClick={() => onToggle('unarchive')}
            >
              Unarchive
            </ActionButton>
          ) : (
            <ActionButton
              variant="outlined"
              permission={permissions.archive}
              startIcon={<ArchiveOutlined />}
              onClick={() => onToggle('archive')}
            >
              Archive
            </ActionButton>
          )}
          <FlagSwitchButton experiment={experiment} onOpen={onOpen} />
        </>
      );
  }
}
