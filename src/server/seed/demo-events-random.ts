import { seededRandom } from './seed-utils';

/** The draws the event generator needs, all from one seeded stream so a seed is the same on every machine. */
export interface Draw {
  /** Uniform in [0, 1). */
  (): number;
  chance: (p: number) => boolean;
  between: (low: number, high: number) => number;
  /** Poisson count with mean `mean` (Knuth's method: the means here are small). */
  poisson: (mean: number) => number;
  /** Log-normal with the given mean and log-scale spread (order values, revenue). */
  logNormal: (mean: number, sigma: number) => number;
}

/** FNV-1a: a stable 32-bit seed from a text, so each experiment's data depends only on its own key. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createDraw(seed: number): Draw {
  const random = seededRandom(seed);
  const draw = (() => random()) as Draw;
  draw.chance = (p) => random() < p;
  draw.between = (low, high) => low + (high - low) * random();
  draw.poisson = (mean) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let product = random(); product > limit; product *= random()) k++;
    return k;
  };
  draw.logNormal = (mean, sigma) => {
    // Box–Muller; the location is shifted so the mean, not the median, is `mean`.
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return mean * Math.exp(sigma * normal - (sigma * sigma) / 2);
  };
  return draw;
}

/** Hex digits by value: a table lookup per byte (or 12 bits) is far cheaper than toString(16) and padding. */
const HEX2 = Array.from({ length: 0x100 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX3 = Array.from({ length: 0x1000 }, (_, i) => i.toString(16).padStart(3, '0'));

/**
 * UUIDv7s (time-ordered, as PostHog's SDKs make for events and anonymous ids): the time, then a counter
 * where RFC 9562 allows one (unique within a seed without a single random draw), then the stream's tag.
 */
export function createUuidV7(tag: number): (ms: number) => string {
  let counter = 0;
  const tail = `${(tag & 0xfffffff).toString(16).padStart(7, '0')}000`;
  return (ms) => {
    counter++;
    // The 48-bit time in two 24-bit halves (bit operations work on 32 bits).
    const high = (ms / 0x1000000) | 0;
    const low = (ms % 0x1000000) | 0;
    const time = `${HEX3[high >>> 12]}${HEX3[high & 0xfff]}${HEX2[low >>> 16]}`;
    return `${time}-${HEX2[(low >>> 8) & 0xff]}${HEX2[low & 0xff]}-7${HEX3[counter >>> 20]}-8${HEX3[(counter >>> 8) & 0xfff]}-${HEX2[counter & 0xff]}${tail}`;
  };
}

const STRATA = 64;

/**
 * A stratified stream: each run of 64 draws puts one draw in each 64th of [0, 1), in shuffled order. The
 * share of people who convert at rate p is then p within a few people rather than within the usual
 * sampling noise, while streams stay independent of each other. The demo's rates use it, so each
 * experiment shows its story's effect rather than whatever the dice gave; everything else stays random.
 */
export function createSteadyStream(seed: number): () => number {
  const random = seededRandom(seed);
  const block: number[] = [];
  return () => {
    if (block.length === 0) {
      for (let i = 0; i < STRATA; i++) block.push(i);
      for (let i = STRATA - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [block[i], block[j]] = [block[j] as number, block[i] as number];
      }
    }
    return ((block.pop() as number) + random()) / STRATA;
  };
}

/** Poisson by inversion of one uniform draw (so a steady stream gives steady counts). */
export function poissonFrom(u: number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  while (u > cumulative && k < 1000) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}
