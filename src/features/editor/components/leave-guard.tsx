import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useRef } from 'react';
import { useNavigationBlocker } from '@/lib/navigation/use-navigation-blocker';
import type { EditorValues } from '../form/editor-values';
import { useFormStateValue } from '../form/use-form-state-value';

interface LeaveGuardProps {
  /** Set just before a navigation the editor makes itself (after saving), which must not be blocked. */
  allowLeave: { current: boolean };
}

/**
 * Asks before leaving with unsaved changes: in-app navigation (links, Back/Forward) through the navigation
 * blocker, tab close or reload through beforeunload.
 */
export function LeaveGuard({ allowLeave }: LeaveGuardProps) {
  const isDirty = useFormStateValue<boolean, EditorValues>({ isDirty: true }, (s) => s.isDirty);
  const titleId = useId();
  // Set once the person chose Leave: the editor stays on screen until the next page has loaded, and a
  // second click meanwhile must not ask again.
  const leaving = useRef(false);
  const blocker = useNavigationBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty &&
      !allowLeave.current &&
      !leaving.current &&
      currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowLeave.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty, allowLeave]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open onClose={() => blocker.reset()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Leave without saving?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Your changes are not saved. This tab keeps them as a draft: open the editor again to
          restore them.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            leaving.current = true;
            blocker.proceed?.();
          }}
        >
          Leave
        </Button>
        <Button variant="contained" onClick={() => blocker.reset()}>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
