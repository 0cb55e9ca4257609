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

let current: SignedOut | null = null;
const listeners = new Set<() => void>();

const set = (next: SignedOut | null) => {
  current = next;
  for (const listener of listeners) listener();
};

export const isSessionError = (error: ApiError) =>
  error.status === 401 && (SESSION_CODES as readonly string[]).includes(error.code);

/** Called by apiFetch for every failure; only the sign-in's 401s count. */
export function noteIfSignedOut(error: ApiError): void {
  if (!isSessionError(error)) return;
  // The first reason wins: a burst of 401s from one page must not turn "expired" into "sign in".
  if (current) return;
  set({
    reason: error.detail,
    severity: error.code === 'session_required' ? 'info' : 'warning',
  });
}

export function noteSignedOutByChoice(): void {
  set({ reason: 'You signed out.', severity: 'info' });
}

export function noteSignedIn(): void {
  set(null);
}

export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const signedOutNow = () => current;
