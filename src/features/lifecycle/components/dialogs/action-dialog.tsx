import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState, type ReactNode } from 'react';
import { errorMessage } from '@/lib/api-error';
import { DiscardConfirm } from './discard-confirm';

interface ActionDialogProps {
  title: string;
  /** One or two sentences saying what the action does; read out when the dialog opens. */
  description: ReactNode;
  onClose: () => void;
  children?: ReactNode;
  /** The confirming button (or buttons); Cancel is always there. */
  actions: ReactNode;
  /** The server's refusal of the last try, shown above the buttons; what was typed stays. */
  error?: unknown;
  /** While the request runs, Esc and Cancel do nothing: the write would carry on unseen. */
  busy?: boolean;
  /** Something typed would be lost by closing: Esc, a click outside and Cancel ask first. */
  unsaved?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/**
 * The frame every lifecycle dialog shares: labelled by its title, described by its first sentences, Esc closes,
 * MUI keeps focus inside and gives it back to the button that opened it.
 */
export function ActionDialog(props: ActionDialogProps) {
  const {
    title,
    description,
    onClose,
    children,
    actions,
    error,
    busy = false,
    unsaved = false,
    maxWidth = 'sm',
  } = props;
  const titleId = useId();
  const descriptionId = useId();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const close = () => (unsaved ? setConfirmingDiscard(true) : onClose());
  return (
    <Dialog
      open
      onClose={busy ? undefined : close}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth={maxWidth}
      // The page scrolls, not the dialog body: a scrolling body with nothing focusable in it (the
      // launch checklist) could not be scrolled by keyboard.
      scroll="body"
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {title}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={descriptionId} component="div">
            {description}
          </DialogContentText>
          {children}
        </Stack>
        {!!error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={close} disabled={busy}>
          Cancel
        </Button>
        {actions}
      </DialogActions>
      {confirmingDiscard && (
        <DiscardConfirm onKeep={() => setConfirmingDiscard(false)} onDiscard={onClose} />
      )}
    </Dialog>
  );
}
