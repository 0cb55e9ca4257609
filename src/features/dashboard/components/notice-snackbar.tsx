import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useEffect, useRef, useState } from 'react';
import type { Notice } from '../hooks/use-notice';

interface NoticeSnackbarProps {
  notice: Notice | null;
  onClose: () => void;
}

/** Undo gets longer than a plain message, and the timer stops while the keyboard is on the snackbar. */
export function NoticeSnackbar({ notice, onClose }: NoticeSnackbarProps) {
  const [focused, setFocused] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  // A deleted or archived row leaves the table, and the keyboard focus with it: land on Undo instead of
  // the top of the page. Focus that is still somewhere useful is left alone.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (notice?.undo && lost) undoRef.current?.focus();
  }, [notice]);
  const duration = focused ? null : notice?.undo ? 10_000 : 5_000;
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={duration}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      {notice ? (
        <Alert
          data-testid="notice"
          severity={notice.severity ?? 'info'}
          onClose={onClose}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          sx={{ boxShadow: 6, alignItems: 'center' }}
          action={
            notice.undo && (
              <Button
                ref={undoRef}
                color="inherit"
                size="small"
                onClick={() => {
                  notice.undo?.();
                  onClose();
                }}
              >
                Undo
              </Button>
            )
          }
        >
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
