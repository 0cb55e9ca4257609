import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { flagIsOn, type Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { runningOnFlagQueryOptions } from '../../api/get-running-on-flag';
import { KEEP_DAYS } from '@/features/experiments/utils/recently-deleted';
import type { DeleteChoice } from './use-delete-with-undo';
import { deleteConsequence } from './delete-consequence';
import { ExperimentNameLinks } from '../experiment-name-links';

interface DeleteDialogProps {
  experiment: Experiment;
  onClose: () => void;
  /** Resolves once deleted (the dialog closes); a rejection is shown and nothing is lost. */
  onConfirm: (choice: DeleteChoice) => Promise<void>;
}

/**
 * Delete asks first because of the flag: PostHog's delete leaves the feature flag as it is, so a live flag
 * keeps serving variants to users. The dialog says what it serves and offers to turn it off in the same step.
 * Whether another running experiment shares the flag is asked of the server first: turning the flag off
 * would pause that one too, so then the offer is not ticked and the dialog names it.
 */
export function DeleteDialog({ experiment, onClose, onConfirm }: DeleteDialogProps) {
  // Only a flag that is on can be turned off, so only then is anyone asked about.
  const running = useQuery({
    ...runningOnFlagQueryOptions(experiment),
    enabled: flagIsOn(experiment.feature_flag),
  });
  const consequence = deleteConsequence(experiment, running.data ?? null);
  // Untouched, the box follows the default, which is known once the server has answered.
  const [chosen, setTurnFlagOff] = useState<boolean | null>(null);
  const turnFlagOff = chosen ?? consequence.turnOffByDefault;
  const checking = consequence.flagOn && running.isPending;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const helpId = useId();
  const titleId = useId();
  const descriptionId = useId();
  const key = <code>{consequence.flagKey}</code>;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm({ turnFlagOff: consequence.flagOn && turnFlagOff });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      // While the requests run, Esc and Cancel do nothing: the delete would carry on unseen.
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="sm"
      scroll="body"
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        Delete “{experiment.name}”?
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={descriptionId}>
            It leaves every list. This browser keeps it under Recently deleted for {KEEP_DAYS} days,
            where it can be restored with its flag, metrics and history.
          </DialogContentText>
          {flagFate()}
          {!!error && <Alert severity="error">{errorMessage(error)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="error"
          startIcon={<DeleteOutlined />}
          onClick={() => void confirm()}
          loading={busy || checking}
        >
          {consequence.flagOn && turnFlagOff ? 'Turn flag off and delete' : 'Delete'}
        </Button>
      </DialogActions>
    </Dialog>
  );

  /** What happens to the flag, and the offer to turn it off (a call, not a component: it keeps focus). */
  function flagFate() {
    if (!consequence.flagKey)
      return (
        <Typography variant="body2">
          It has no feature flag left, so users see no change.
        </Typography>
      );
    if (!consequence.flagOn)
      return (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          Its feature flag {key} is off, so users get the default; deleting does not change that.
        </Typography>
      );
    return (
      <>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          Its feature flag {key} is <strong>on</strong> and serves {consequence.serving}. Deleting
          the experiment does not change the flag: users keep getting their variants unless you turn
          it off.
        </Typography>
        <div>
          <FormControlLabel
            control={
              <Checkbox
                checked={turnFlagOff}
                onChange={(event) => setTurnFlagOff(event.target.checked)}
                disabled={busy}
                slotProps={{ input: { 'aria-describedby': helpId } }}
              />
            }
            label={
              <span style={{ overflowWrap: 'anywhere' }}>
                {consequence.turnOffPauses ? 'Pause it first, turning the flag ' : 'Turn the flag '}
                {key} off
              </span>
            }
          />
          <FormHelperText id={helpId} sx={{ mt: 0 }}>
            {consequence.turnOffPauses
              ? 'The pause is in its History. Everyone gets the default from now on.'
              : 'Everyone gets the default from now on, also in any other experiment using this flag.'}{' '}
            Undo turns it back on.
          </FormHelperText>
        </div>
        {sharedWarning()}
      </>
    );
  }

  /** Who else the switch would pause, or that it could not be checked (then nothing is pre-ticked). */
  function sharedWarning() {
    if (checking)
      return (
        <Typography variant="body2" color="text.secondary" role="status">
          Checking whether a running experiment shares this flag…
        </Typography>
      );
    if (running.isError)
      return (
        <Alert severity="warning">
          Could not check whether a running experiment shares this flag (
          {errorMessage(running.error)}), so turning it off is not ticked: it would pause any such
          experiment too.
        </Alert>
      );
    const others = consequence.sharedWith;
    if (others.length === 0) return null;
    const more = (running.data?.count ?? others.length) - others.length;
    const one = others.length + Math.max(0, more) === 1;
    return (
      <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
        The flag {key} also runs{' '}
        <ExperimentNameLinks experiments={others} total={others.length + Math.max(0, more)} />:
        turning it off pauses {one ? 'that experiment' : 'those'} too, so it is not ticked. Leave it
        on to delete only this experiment.
      </Alert>
    );
  }
}
