import { SESSION_CODES } from '@/shared';
import type { ApiError } from '@/lib/api-error';

/**
 * Whether the console has found itself signed out (a 401 of the console's sign-in: no session, an expired
 * one, a revoked key), and why. Any request may find it out; the sign-in screen listens, covering the page
 * without unmounting it, so whatever the person was typing is still there once they are back.
 */
export interface SignedOut {
  /** The sentence to show: why they are signed out. */
  reason: string;
  /** A session that ended under the person (expired, revoked) is a warning; not having one is not. */
  severity: 'info' | 'warning';
}

/** Survives the reload that follows Sign out, so the screen after it can say why it is there. */
const SIGNED_OUT_BY_CHOICE = 'experiment-console:signed-out';

let current: SignedOut | null = null;
/** Counts sign-ins: a 401 to a request sent before the latest one says nothing about the new session. */
let generation = 0;
const listeners = new Set<() => void>();

const set = (next: SignedOut | null) => {
  current = next;
  for (const listener of listeners) listener();
};

export const isSessionError = (error: ApiError) =>
  error.status === 401 && (SESSION_CODES as readonly string[]).includes(error.code);

/** Which sign-in a request is sent under (apiFetch takes it before sending). */
export const signInGeneration = () => generation;

/** Called by apiFetch for every failure; only the sign-in's 401s count, and only under the latest sign-in. */
export function noteIfSignedOut(error: ApiError, sentUnder: number): void {
  if (!isSessionError(error) || sentUnder !== generation) return;
  // The first reason wins: a burst of 401s from one page must not turn "expired" into "sign in".
  if (current) return;
  if (error.code === 'session_required' && takeSignedOutByChoice()) {
    set({ reason: 'You signed out.', severity: 'info' });
    return;
  }
  set({
    reason: error.detail,
    severity: error.code === 'session_required' ? 'info' : 'warning',
  });
}

/** Before the reload that clears the page after Sign out. */
export function rememberSignedOutByChoice(): void {
  try {
    sessionStorage.setItem(SIGNED_OUT_BY_CHOICE, '1');
  } catch {
    // Storage refused (private mode): the screen then just asks to sign in.
  }
}

function takeSignedOutByChoice(): boolean {
  try {
    const was = sessionStorage.getItem(SIGNED_OUT_BY_CHOICE) !== null;
    sessionStorage.removeItem(SIGNED_OUT_BY_CHOICE);
    return was;
  } catch {
    return false;
  }
}

export function noteSignedIn(): void {
  generation++;
  set(null);
}

export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const signedOutNow = () => current;
