import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

interface FlagSyncDialogProps {
  /** true: update the flag too; false: only the experiment; null: go back to editing. */
  onAnswer: (syncFlag: boolean | null) => void;
}

/**
 * A launched experiment's split lives in its feature flag, which PostHog changes only when asked. Say what
 * that does to people already in the experiment before doing it.
 */
export function FlagSyncDialog({ onAnswer }: FlagSyncDialogProps) {
  const titleId = useId();
  return (
    <Dialog open onClose={() => onAnswer(null)} aria-labelledby={titleId} maxWidth="sm">
      <DialogTitle id={titleId}>Change the split of a running experiment?</DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          The feature flag decides who sees which variant. Updating it applies the new split and
          rollout now: PostHog assigns users by a hash of their ID, so some users already in one
          variant move to another, and a lower rollout takes some users out. What they did before
          stays counted in their old variant, which can blur the results.
        </DialogContentText>
        <DialogContentText>
          Saving without updating the flag changes only the experiment’s settings: everyone keeps
          seeing what they see now.
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => onAnswer(null)}>Back to editing</Button>
        <Button onClick={() => onAnswer(false)}>Save without updating the flag</Button>
        <Button variant="contained" onClick={() => onAnswer(true)}>
          Save and update the flag
        </Button>
      </DialogActions>
    </Dialog>
  );
}
