import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState, type ReactNode } from 'react';
import { NoticeContext, type Notice } from '../hooks/use-notify';

// Long enough to read a sentence and reach Undo; errors stay until dismissed.
const HIDE_AFTER_MS = 8000;

/**
 * One snackbar for the experiment page. It lives above the page of one experiment, so a notice survives
 * opening another one (the copy after a duplicate).
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<(Notice & { key: number }) | null>(null);
  const [open, setOpen] = useState(false);
  const notify = useCallback((next: Notice) => {
    setNotice({ ...next, key: Date.now() });
    setOpen(true);
  }, []);
  const close = (_event?: unknown, reason?: string) => {
    // A click elsewhere on the page must not dismiss an Undo the person may still want.
    if (reason !== 'clickaway') setOpen(false);
  };

  return (
    <NoticeContext value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={open}
        onClose={close}
        autoHideDuration={notice?.severity === 'error' ? null : HIDE_AFTER_MS}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={notice?.severity ?? 'info'}
          variant="filled"
          onClose={() => setOpen(false)}
          sx={{ alignItems: 'center', maxWidth: 560 }}
          action={
            notice?.action && (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  setOpen(false);
                  notice.action?.onClick();
                }}
              >
                {notice.action.label}
              </Button>
            )
          }
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </NoticeContext>
  );
}
