import ToggleOffOutlined from '@mui/icons-material/ToggleOffOutlined';
import ToggleOnOutlined from '@mui/icons-material/ToggleOnOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { experimentStatus, servingNow, type Experiment } from '@/shared';
import {
  experimentServingOptions,
  useServingNow,
} from '@/features/experiments/hooks/use-serving-now';
import { RunningOnFlagNotice } from '@/features/experiments/components/running-on-flag-notice';
import { useRunningOnFlagCheck } from '@/features/experiments/hooks/use-running-on-flag-check';
import { ActionDialog } from '../dialogs/action-dialog';

interface FlagSwitchDialogProps {
  experiment: Experiment;
  /** true: turn the flag on; false: turn it off. */
  active: boolean;
  /** The page runs the switch (optimistically) and reports the outcome; the dialog just closes. */
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Says what users get now and what they will get, before switching an ended (or draft) experiment's flag.
 * Turning it off first asks whether a running experiment shares the flag, and refuses if one does: that one
 * would be paused without a word.
 */
export function FlagSwitchDialog({
  experiment,
  active,
  onConfirm,
  onClose,
}: FlagSwitchDialogProps) {
  const flag = experiment.feature_flag;
  // "Now" is the header's own sentence; "after" reads the same experiment inputs with the flag switched.
  const now = useServingNow(experiment).sentence;
  const after = servingNow(
    flag && { ...flag, active },
    experimentServingOptions(experiment),
  ).sentence;
  const draft = experimentStatus(experiment) === 'draft';
  const check = useRunningOnFlagCheck(experiment, !active);
  return (
    <ActionDialog
      title={active ? 'Turn flag on' : 'Turn flag off'}
      maxWidth="xs"
      description={
        <>
          This changes what real users see: the feature flag{' '}
          <code>{experiment.feature_flag_key}</code> is turned {active ? 'on' : 'off'} for every
          experiment and every place that uses it.
        </>
      }
      onClose={onClose}
      actions={
        !check.sharedWith && (
          <Button
            variant="contained"
            startIcon={active ? <ToggleOnOutlined /> : <ToggleOffOutlined />}
            onClick={onConfirm}
            disabled={!check.canTurnOff}
            loading={check.checking}
          >
            {active ? 'Turn flag on' : 'Turn flag off'}
          </Button>
        )
      }
    >
      <Typography variant="body2" component="div">
        <p>
          <strong>Now:</strong> {now}.
        </p>
        <p>
          <strong>After:</strong> {after}.
        </p>
        {!active && draft && <p>Launching this draft later turns the flag back on.</p>}
        <p>The change is recorded in the History, and the notice that follows offers Undo.</p>
      </Typography>
      <RunningOnFlagNotice check={check} flagKey={experiment.feature_flag_key} />
    </ActionDialog>
  );
}
