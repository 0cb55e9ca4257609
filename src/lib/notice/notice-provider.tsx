import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { NoticeContext, type Notice } from './notice-context';

// The snackbar is not on screen when a page opens: it is fetched with the first notice.
const NoticeSnackbar = lazy(() =>
  import('./notice-snackbar').then((module) => ({ default: module.NoticeSnackbar })),
);

export interface ShownNotice extends Notice {
  /** A new notice replaces the old one (and restarts its timer) even when the message repeats. */
  id: number;
}

/** The one notice of the app, mounted above the router so it survives navigation. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<ShownNotice | null>(null);
  // The snackbar stays mounted after the first notice, so later ones slide in and out.
  const [needed, setNeeded] = useState(false);
  const nextId = useRef(0);
  const notify = useCallback((next: Notice) => {
    nextId.current += 1;
    setNeeded(true);
    setNotice({ ...next, id: nextId.current });
  }, []);
  const close = useCallback(() => setNotice(null), []);

  return (
    <NoticeContext value={notify}>
      {children}
      {needed && (
        <Suspense fallback={null}>
          <NoticeSnackbar notice={notice} onClose={close} />
        </Suspense>
      )}
    </NoticeContext>
  );
}
