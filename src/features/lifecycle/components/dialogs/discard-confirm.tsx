import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

/**
 * Asked when a dialog with typed text is closed by Esc, a click outside or Cancel: a stray key should not
 * throw away a written conclusion.
 */
export function DiscardConfirm({
  onKeep,
  onDiscard,
}: {
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog
      open
      onClose={onKeep}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="xs"
    >
      <DialogTitle id={titleId}>Discard your changes?</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>
          Nothing in this dialog has been saved yet: closing it now throws away what you entered.
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onDiscard} color="error">
          Discard
        </Button>
        {/* The safe choice has focus (set at mount, before MUI's focus trap looks), so Enter or a second
            Esc keeps the text. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves within a dialog that just opened */}
        <Button onClick={onKeep} variant="contained" autoFocus>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
