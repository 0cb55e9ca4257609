import type { DehydratedState } from '@tanstack/react-query';

/** Kept apart from render-on-server.tsx, which the browser never loads. */
export interface SsrState {
  queries: DehydratedState;
  /** False on a first visit: dates were left blank, the browser writes them once it has taken over. */
  zoneKnown: boolean;
}

export const SSR_STATE_ID = 'ssr-state';

/** The state a server-rendered page carries, or null for the plain app (or a state that does not parse). */
export function readSsrState(document: Document): SsrState | null {
  const text = document.getElementById(SSR_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as SsrState;
    return state && typeof state === 'object' && state.queries ? state : null;
  } catch {
    return null;
  }
}
