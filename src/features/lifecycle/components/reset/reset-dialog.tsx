import RestartAlt from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { flagIsOn, type Experiment } from '@/shared';
import { useExperimentAction } from '@/features/experiments/api/experiment-mutations';
import { useNotify } from '@/lib/notice/notice-context';
import { ActionDialog } from '../dialogs/action-dialog';

/** Back to draft. PostHog leaves the flag alone, which surprises people, so the dialog says so. */
export function ResetDialog({
  experiment,
  onClose,
}: {
  experiment: Experiment;
  onClose: () => void;
}) {
  const reset = useExperimentAction();
  const notify = useNotify();
  const flagOn = flagIsOn(experiment.feature_flag);
  const confirm = () =>
    reset.mutate(
      { id: experiment.id, action: 'reset' },
      {
        onSuccess: () => {
          notify({ severity: 'success', message: 'Reset to draft.' });
          onClose();
        },
      },
    );

  return (
    <ActionDialog
      title="Reset to draft"
      maxWidth="xs"
      description="Resetting clears the start and end dates and the conclusion, and unarchives the experiment. It can then be edited and launched again."
      onClose={onClose}
      busy={reset.isPending}
      error={reset.error}
      actions={
        <Button
          variant="contained"
          startIcon={<RestartAlt />}
          onClick={confirm}
          loading={reset.isPending}
        >
          Reset to draft
        </Button>
      }
    >
      <Typography variant="body2">
        The feature flag <code>{experiment.feature_flag_key}</code> is left as it is: it stays{' '}
        <strong>{flagOn ? 'on' : 'off'}</strong>
        {flagOn ? ', so users keep seeing their variants until you turn it off.' : '.'}
      </Typography>
    </ActionDialog>
  );
}
