import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import PlayCircleOutlined from '@mui/icons-material/PlayCircleOutlined';
import RocketLaunchOutlined from '@mui/icons-material/RocketLaunchOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import { experimentStatus, lifecyclePermissions, type Experiment } from '@/shared';
import type { LifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import type { QuickToggle } from '../../hooks/use-quick-toggle';
import { editPermission } from '../../utils/edit-permission';
import { launchButtonPermission } from '../../utils/launch-permission';
import { ActionButton } from '../action-button';

interface PrimaryActionsProps {
  experiment: Experiment;
  onOpen: (dialog: LifecycleDialog) => void;
  onToggle: (toggle: QuickToggle) => void;
}

/** The next step for the experiment's state: Draft → Launch; Running → Pause, End; Paused → Resume, End; Stopped → conclusion, Archive. */
export function PrimaryActions({ experiment, onOpen, onToggle }: PrimaryActionsProps) {
  const permissions = lifecyclePermissions(experiment);
  const status = experimentStatus(experiment);
  switch (status) {
    case 'draft':
      return (
        <ActionButton
          variant="contained"
          permission={launchButtonPermission(experiment)}
          startIcon={<RocketLaunchOutlined />}
          onClick={() => onOpen('launch')}
        >
          Launch
        </ActionButton>
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
          <ActionButton
            variant="contained"
            permission={permissions.end}
            startIcon={<StopCircleOutlined />}
            onClick={() => onOpen('end')}
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
        </>
      );
  }
}
