import { useEffect } from 'react';
import { rememberDisplayZone, setDisplayZone } from '@/lib/display-zone';
import { replayHeldKeys } from './held-keys';

/**
 * Runs once the page has hydrated (it sits in the pages' Suspense boundary, and the page's module is
 * loaded before hydration, so that is one pass):
 * - a page rendered on the server arrives inert (src/server/ssr/page-renderer.ts): its buttons would do
 *   nothing before the app runs, so they cannot be clicked or focused until now;
 * - a page rendered before the server knew the reader's zone (a first visit) has its dates left blank:
 *   they are written now, in the browser's zone.
 * - keys pressed meanwhile (a shortcut) are sent again now that the pages' listeners are there
 *   (held-keys.ts); this effect runs after theirs, as it comes after the routes.
 * For a page the browser rendered itself none of this is needed. Either way the reader's zone is kept for
 * the server's next rendering.
 */
export function AfterHydration() {
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('inert');
    replayHeldKeys();
    setDisplayZone(undefined);
    rememberDisplayZone();
  }, []);
  return null;
}
