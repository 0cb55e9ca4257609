import ToggleOffOutlined from '@mui/icons-material/ToggleOffOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { holdoutExclusionPercent, servingNow, type Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import { ExperimentNameLinks } from '@/features/experiments/components/experiment-name-links';
import {
  runningOnFlagQueryOptions,
  type RunningOnFlag,
} from '@/features/experiments/api/get-running-on-flag';

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
 * flag off would silently pause that one, so then it refuses and names it.
 */
export function TurnFlagOffDialog({ experiment, onConfirm, onClose }: TurnFlagOffDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const flag = experiment.feature_flag;
  const key = flag?.key ?? experiment.feature_flag_key;
  const running = useQuery(runningOnFlagQueryOptions(experiment));
  const sharedWith = running.data?.experiments.length ? running.data : null;
  const canConfirm = running.isSuccess && !sharedWith;
  // The same inputs as the experiment page's line (an ended experiment is never paused).
  const holdoutPercent = experiment.holdout
    ? holdoutExclusionPercent(experiment.holdout)
    : undefined;
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
              <strong>Now:</strong> {servingNow(flag, { holdoutPercent }).sentence}.
            </p>
            <p>
              <strong>After:</strong>{' '}
              {servingNow(flag && { ...flag, active: false }, { holdoutPercent }).sentence}.
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
          {running.isPending && (
            <Typography variant="body2" color="text.secondary" role="status">
              Checking whether a running experiment uses this flag…
            </Typography>
          )}
          {running.isError && (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => void running.refetch()}>
                  Try again
                </Button>
              }
            >
              Could not check whether a running experiment uses this flag, so it stays on:{' '}
              {errorMessage(running.error)}
            </Alert>
          )}
          {sharedWith && <SharedWithRunning shared={sharedWith} flagKey={key} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{sharedWith ? 'Close' : 'Cancel'}</Button>
        {!sharedWith && (
          <Button
            variant="contained"
            startIcon={<ToggleOffOutlined />}
            onClick={onConfirm}
            disabled={!canConfirm}
            loading={running.isPending}
          >
            Turn flag off
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** The refusal: who would be paused, each a link to where it can be ended or paused on purpose. */
function SharedWithRunning({ shared, flagKey }: { shared: RunningOnFlag; flagKey: string }) {
  return (
    <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
      The flag <code>{flagKey}</code> cannot be turned off from here: it also runs{' '}
      <ExperimentNameLinks experiments={shared.experiments} total={shared.count} />, and turning it
      off would pause {shared.count === 1 ? 'that experiment' : 'those experiments'}. End or pause{' '}
      {shared.count === 1 ? 'it' : 'them'} first, on {shared.count === 1 ? 'its' : 'their'}{' '}
      experiment page.
    </Alert>
  );
}
