import { useEffect } from 'react';
import { useLocation } from '@/lib/navigation/router-hooks';

/**
 * In-app navigation does not scroll to a `#fragment` as a page load does, so the launch checklist's
 * "fix it" links (`/edit#metrics`) would land at the top of a long form. Once the sections are on screen,
 * scroll to the named one and move focus there, so keyboard and screen-reader users arrive with it.
 */
export function useScrollToSection() {
  const { hash } = useLocation();
  useEffect(() => {
    // Only our own section names are looked up, so a mistyped or malformed fragment simply matches nothing.
    const id = hash.slice(1);
    const section = /^[a-z-]+$/.test(id) ? document.getElementById(id) : null;
    if (!section) return;
    section.scrollIntoView?.({ block: 'start' });
    section.focus({ preventScroll: true });
  }, [hash]);
}
