import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { retryDelay, shouldRetryQuery } from './query-client';

const throttled = (detail: string, retryAfterSeconds?: number) =>
  new ApiError(
    429,
    { type: 'throttled_error', code: 'throttled', detail, attr: null },
    { retryAfterSeconds },
  );
const badRequest = new ApiError(400, {
  type: 'validation_error',
  code: 'invalid_input',
  detail: 'x',
  attr: 'name',
});
const down = new ApiError(0, {
  type: 'network_error',
  code: 'unreachable',
  detail: 'x',
  attr: null,
});

describe('rate limits (429)', () => {
  it("takes the wait from Retry-After, else from PostHog's message", () => {
    expect(throttled('Request was throttled.', 12).retryAfterSeconds).toBe(12);
    expect(
      throttled('Request was throttled. Expected available in 62 seconds.').retryAfterSeconds,
    ).toBe(62);
    expect(throttled('Request was throttled.').retryAfterSeconds).toBeNull();
    expect(badRequest.retryAfterSeconds).toBeNull();
  });

  it.each([
    [throttled('x', 5), 0, true],
    [throttled('x', 5), 3, true],
    [throttled('x', 5), 4, false],
    [down, 1, true],
    [down, 2, false],
    [badRequest, 0, false],
  ])('retries a read after %s (failure %i): %s', (error, failures, expected) => {
    expect(shouldRetryQuery(failures, error)).toBe(expected);
  });

  it('waits as long as PostHog asks, capped at a minute', () => {
    expect(retryDelay(1, throttled('x', 12))).toBe(12_000);
    expect(retryDelay(1, throttled('Expected available in 600 seconds.'))).toBe(60_000);
    expect(retryDelay(2, throttled('no number'))).toBe(4_000);
    expect(retryDelay(1, down)).toBe(2_000);
  });
});
