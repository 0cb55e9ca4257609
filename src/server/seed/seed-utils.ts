/** Seeds are deterministic: every "random" choice comes from here, every date from the caller's `now`. */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** mulberry32: a tiny, fast PRNG; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Kinds for base.ts's `demoUuid` (uuid-shaped ids per kind of object); kinds 1–3 belong to base.ts. */
export const UUID_KIND = {
  eventDefinition: 11,
  savedMetricQuery: 12,
  demoMetric: 13,
  scaleMetric: 14,
} as const;

/**
 * An instant `days` before `now`, pulled back by up to 9 hours so the history does not tick at the same
 * minute every day. Events of one item are whole days apart, so the jitter never reorders them.
 */
export function daysAgo(now: Date, days: number, random: () => number): Date {
  const jitter = Math.floor(random() * 9 * HOUR_MS);
  const ms = now.getTime() - days * DAY_MS - jitter;
  return new Date(ms - (ms % 1000));
}
