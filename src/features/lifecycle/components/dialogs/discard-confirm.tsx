import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useRef } from 'react';

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
  const keepRef = useRef<HTMLButtonElement>(null);
  // The safe choice has focus (rather than the dialog frame), so Enter or a second Esc keeps the text.
  useEffect(() => keepRef.current?.focus(), []);
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
        <Button onClick={onKeep} variant="contained" ref={keepRef}>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
