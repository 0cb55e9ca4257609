import { useEffect, useRef } from 'react';
import { useNavigationBlocker } from '@/lib/navigation/use-navigation-blocker';
import type { EditorValues } from '../form/editor-values';
import { useFormStateValue } from '../form/use-form-state-value';
import { LazyLeaveDialog } from './lazy-parts';
import { preloadEditorParts } from './load-editor-parts';

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
    // Unsaved changes: the question (and the save flow's dialogs) may be needed soon; load them when
    // the browser is idle, so a blocked navigation asks at once.
    // Safari has no requestIdleCallback: a short timeout does the same job there.
    const preload = () => void preloadEditorParts().catch(() => undefined);
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(preload)
      : window.setTimeout(preload, 200);
    const warn = (event: BeforeUnloadEvent) => {
      if (allowLeave.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener('beforeunload', warn);
    };
  }, [isDirty, allowLeave]);

  if (blocker.state !== 'blocked') return null;
  return (
    <LazyLeaveDialog
      onStay={() => blocker.reset?.()}
      onLeave={() => {
        leaving.current = true;
        blocker.proceed?.();
      }}
    />
  );
}
