/**
 * Failed sign-ins per client address in a sliding window: a key cannot be guessed (256 random bits), but a
 * loop of attempts would also be a loop of calls to PostHog with the console's address on them.
 */
export interface SignInThrottle {
  /** Seconds to wait before trying again, or 0 when this address may try now. */
  waitSeconds(address: string): number;
  /**
   * Counts an attempt as failed before its key is checked (so attempts made at once cannot all slip in
   * under the limit); the returned function takes it back when it turns out not to be a failure.
   */
  recordFailure(address: string): () => void;
}

const MAX_TRACKED_ADDRESSES = 10_000;

export function signInThrottle(
  maxFailures = 10,
  windowMs = 60_000,
  now: () => number = () => Date.now(),
): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => {
    const since = now() - windowMs;
    const kept = (failures.get(address) ?? []).filter((at) => at > since);
    if (kept.length) failures.set(address, kept);
    else failures.delete(address);
    return kept;
  };
  return {
    waitSeconds(address) {
      const kept = recent(address);
      if (kept.length < maxFailures) return 0;
      const oldest = kept[kept.length - maxFailures] as number;
      return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
    },
    recordFailure(address) {
      const at = now();
      failures.set(address, [...recent(address), at]);
      // Many addresses (a botnet, IPv6) must not grow the map for ever: drop those a minute quiet.
      if (failures.size > MAX_TRACKED_ADDRESSES) for (const known of failures.keys()) recent(known);
      return () => {
        const kept = failures.get(address) ?? [];
        const i = kept.indexOf(at);
        if (i >= 0) kept.splice(i, 1);
      };
    },
  };
}
