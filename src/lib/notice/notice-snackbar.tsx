import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useEffect, useRef, useState } from 'react';
import type { ShownNotice } from './notice-provider';

interface NoticeSnackbarProps {
  notice: ShownNotice | null;
  onClose: () => void;
}

// Long enough to read a sentence; an action (Undo) gets longer. Errors stay until dismissed.
const PLAIN_MS = 6_000;
const WITH_ACTION_MS = 12_000;

/** The timer stops while the keyboard or the pointer is on the notice, so Undo does not slip away. */
export function NoticeSnackbar({ notice, onClose }: NoticeSnackbarProps) {
  // Which notice is held, not a flag: clicking Undo or ✕ removes the focused button without a blur, and a
  // plain flag would then keep every later notice on screen for good.
  const [heldId, setHeldId] = useState<number | null>(null);
  const holding = notice !== null && heldId === notice.id;
  const actionRef = useRef<HTMLButtonElement>(null);
  // A deleted row or page leaves, and the keyboard focus with it: land on Undo instead of the top of the
  // page. Focus that is still somewhere useful is left alone.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (notice?.action && lost) actionRef.current?.focus();
  }, [notice]);
  const duration =
    holding || notice?.severity === 'error' ? null : notice?.action ? WITH_ACTION_MS : PLAIN_MS;
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={duration}
      // A click elsewhere on the page must not dismiss an Undo the person may still want.
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      {notice ? (
        <Alert
          data-testid="notice"
          severity={notice.severity}
          // The standard (tinted) alert: the filled one's white on green fails contrast in dark mode.
          onClose={onClose}
          onFocus={() => setHeldId(notice.id)}
          onBlur={() => setHeldId(null)}
          sx={{
            alignItems: 'center',
            maxWidth: 560,
            overflowWrap: 'anywhere',
            boxShadow: 6,
            // A tinted alert barely stands out from a dark page: its colour outlines it.
            border: 1,
            borderColor: `${notice.severity}.main`,
          }}
          action={
            notice.action && (
              <Button
                ref={actionRef}
                color="inherit"
                size="small"
                onClick={() => {
                  onClose();
                  notice.action?.onClick();
                }}
              >
                {notice.action.label}
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
