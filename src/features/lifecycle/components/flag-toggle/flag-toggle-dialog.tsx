import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import PlayCircleOutlined from '@mui/icons-material/PlayCircleOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { servingNow, type Experiment } from '@/shared';
import { experimentServingOptions } from '@/features/experiments/hooks/use-serving-now';
import { ActionDialog } from '../dialogs/action-dialog';

const COPY = {
  pause: {
    title: 'Pause experiment',
    confirm: 'Pause',
    icon: <PauseCircleOutlined />,
    flag: 'turns the feature flag off',
    users:
      'Every user sees the default experience and no exposures are collected while it is paused. The experiment keeps its start date, so the paused days still count towards its run time.',
  },
  resume: {
    title: 'Resume experiment',
    confirm: 'Resume',
    icon: <PlayCircleOutlined />,
    flag: 'turns the feature flag back on',
    users:
      'Users see their variants again (the same ones as before, for the same users) and exposures are collected again from now on.',
  },
} as const;

interface FlagToggleDialogProps {
  experiment: Experiment;
  action: 'pause' | 'resume';
  /** The page runs the toggle (optimistically) and reports the outcome; the dialog just closes. */
  onConfirm: () => void;
  onClose: () => void;
}

/** Pause and resume say what happens to the flag and to users before doing it. */
export function FlagToggleDialog({
  experiment,
  action,
  onConfirm,
  onClose,
}: FlagToggleDialogProps) {
  const copy = COPY[action];
  const flag = experiment.feature_flag;
  // The header's inputs (the holdout too), with the experiment as it will be.
  const after = servingNow(flag && { ...flag, active: action === 'resume' }, {
    ...experimentServingOptions(experiment),
    paused: action === 'pause',
  });
  return (
    <ActionDialog
      title={copy.title}
      maxWidth="xs"
      description={
        <>
          {action === 'pause' ? 'Pausing' : 'Resuming'} {copy.flag}:{' '}
          <code>{experiment.feature_flag_key}</code>.
        </>
      }
      onClose={onClose}
      actions={
        <Button variant="contained" startIcon={copy.icon} onClick={onConfirm}>
          {copy.confirm}
        </Button>
      }
    >
      <Typography variant="body2">{copy.users}</Typography>
      <Typography variant="body2" sx={{ mt: 1.5 }}>
        <strong>After:</strong> {after.sentence}.
      </Typography>
    </ActionDialog>
  );
}
