import ToggleOffOutlined from '@mui/icons-material/ToggleOffOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import { servingNow, type Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { RunningOnFlagNotice } from '@/features/experiments/components/running-on-flag-notice';
import { useRunningOnFlagCheck } from '@/features/experiments/hooks/use-running-on-flag-check';
import { experimentServingOptions } from '@/features/experiments/hooks/use-serving-now';

interface TurnFlagOffDialogProps {
  experiment: Experiment;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Says what users get now and after, in the words of the experiment page's own flag switch, before turning
 * the flag off. Labelled by its title and described by its first sentence, like the page's dialogs (features
 * do not share components, so this is its own small frame).
 *
 * Before it offers the switch it asks the server whether a running experiment shares the flag: turning the
 * flag off would silently pause that one, so then it refuses and names it (as the page's dialog does).
 */
export function TurnFlagOffDialog({ experiment, onConfirm, onClose }: TurnFlagOffDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const flag = experiment.feature_flag;
  const key = flag?.key ?? experiment.feature_flag_key;
  const check = useRunningOnFlagCheck(experiment);
  const sharedWith = check.sharedWith;
  // The same inputs as the experiment page's line.
  const serving = experimentServingOptions(experiment);
  return (
    <Dialog
      open
      onClose={onClose}
      // The panel moves focus itself: the button that opened this is gone once the flag is off.
      disableRestoreFocus
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id={titleId}>Turn flag off</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={descriptionId} sx={{ overflowWrap: 'anywhere' }}>
            This changes what real users see: the feature flag <code>{key}</code> of “
            {experiment.name}” is turned off for every experiment and every place that uses it.
          </DialogContentText>
          <Typography variant="body2" component="div">
            <p>
              <strong>Now:</strong> {servingNow(flag, serving).sentence}.
            </p>
            <p>
              <strong>After:</strong>{' '}
              {servingNow(flag && { ...flag, active: false }, serving).sentence}.
            </p>
            <p>
              The experiment, its results and its conclusion stay as they are. To keep one variant
              for everyone instead,{' '}
              <Link
                component={RouterLink}
                to={`${paths.experiment.getHref(experiment.id)}?action=ship`}
              >
                ship it from the experiment page
              </Link>
              .
            </p>
            <p>The change is recorded in the History, and the notice that follows offers Undo.</p>
          </Typography>
          <RunningOnFlagNotice check={check} flagKey={key} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{sharedWith ? 'Close' : 'Cancel'}</Button>
        {!sharedWith && (
          <Button
            variant="contained"
            startIcon={<ToggleOffOutlined />}
            onClick={onConfirm}
            disabled={!check.canTurnOff}
            loading={check.checking}
          >
            Turn flag off
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
