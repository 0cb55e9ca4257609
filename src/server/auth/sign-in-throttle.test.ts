import { describe, expect, it } from 'vitest';
import { signInThrottle } from './sign-in-throttle';

describe('signInThrottle', () => {
  it('lets 10 failures a minute through per address, then says how long to wait', () => {
    let now = 0;
    const throttle = signInThrottle(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(throttle.waitSeconds('10.0.0.1')).toBe(0);
      throttle.recordFailure('10.0.0.1');
      now += 1_000;
    }
    // The oldest failure (at 0 s) leaves the window at 60 s; it is now 10 s.
    expect(throttle.waitSeconds('10.0.0.1')).toBe(50);
    expect(throttle.waitSeconds('10.0.0.2')).toBe(0);
    now = 60_001;
    expect(throttle.waitSeconds('10.0.0.1')).toBe(0);
  });

  it('does not lose a busy address’s failures when it prunes 10,000 quiet ones', () => {
    let now = 0;
    const throttle = signInThrottle(2, 60_000, () => now);
    for (let i = 0; i < 10_001; i++) throttle.recordFailure(`quiet-${i}`);
    now = 61_000;
    throttle.recordFailure('busy');
    throttle.recordFailure('busy');
    // Both of busy's failures pruned the quiet ones (a minute old) on the way, and both still count.
    expect(throttle.waitSeconds('busy')).toBe(60);
  });
});
