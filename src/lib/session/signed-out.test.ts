import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { noteIfSignedOut, noteSignedIn, signedOutNow, signInGeneration } from './signed-out';

const expired = new ApiError(401, {
  type: 'authentication_error',
  code: 'session_expired',
  detail: 'Your session expired.',
  attr: null,
});

afterEach(() => noteSignedIn());

describe('signed-out state', () => {
  it('ignores a 401 to a request sent before the latest sign-in', () => {
    const before = signInGeneration();
    noteSignedIn();
    noteIfSignedOut(expired, before);
    expect(signedOutNow()).toBeNull();
    noteIfSignedOut(expired, signInGeneration());
    expect(signedOutNow()).toEqual({ reason: 'Your session expired.', severity: 'warning' });
  });

  it('keeps the first reason, and ignores 401s that are not the sign-in’s', () => {
    const now = signInGeneration();
    noteIfSignedOut(
      new ApiError(401, {
        type: 'authentication_error',
        code: 'authentication_failed',
        detail: 'Personal API key found in request Authorization header is invalid.',
        attr: null,
      }),
      now,
    );
    expect(signedOutNow()).toBeNull();
    noteIfSignedOut(expired, now);
    noteIfSignedOut(
      new ApiError(401, {
        type: 'authentication_error',
        code: 'session_required',
        detail: 'Sign in.',
        attr: null,
      }),
      now,
    );
    expect(signedOutNow()?.reason).toBe('Your session expired.');
  });
});
