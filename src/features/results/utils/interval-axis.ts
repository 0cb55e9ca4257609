/**
 * The one horizontal axis every variant of a metric is drawn on: relative change (0.1 = +10 %), symmetric
 * around zero so "better" and "worse" get the same room, with round ticks. Pure, so it is tested alone.
 */

export type Interval = readonly [number, number];

export interface IntervalAxis {
  /** The axis runs from −bound to +bound; bound is always one of the ticks. */
  bound: number;
  ticks: number[];
}

/** With no interval yet (all gated), the axis still shows ±10 %, so empty rows line up with later ones. */
const EMPTY_BOUND = 0.1;
/** At most this many ticks on each side of zero, so labels fit a narrow column. */
const MAX_TICKS_PER_SIDE = 3;
const NICE_FRACTIONS = [1, 2, 2.5, 5];

/** Floating noise off: 3 × 0.1 is 0.3, not 0.30000000000000004. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The round steps (1, 2, 2.5 or 5 times a power of ten) worth trying for an axis reaching `extent`. */
function candidateSteps(extent: number): number[] {
  const power = 10 ** Math.floor(Math.log10(extent / MAX_TICKS_PER_SIDE));
  return [power, power * 10].flatMap((p) => NICE_FRACTIONS.map((f) => clean(f * p)));
}

/**
 * The tightest symmetric axis with round ticks that reaches every interval end: of the round steps, the
 * one whose last tick wastes least room (on a tie, the one with more grid lines).
 */
export function intervalAxis(intervals: readonly (Interval | null | undefined)[]): IntervalAxis {
  const ends = intervals
    .flatMap((interval) => (interval ? [interval[0], interval[1]] : []))
    .filter(Number.isFinite);
  // A little room past the widest interval, so its end is not drawn on the frame.
  const extent = (ends.length ? Math.max(...ends.map(Math.abs)) * 1.05 : 0) || EMPTY_BOUND;
  let best = { step: 1, perSide: 1, bound: Infinity };
  for (const step of candidateSteps(extent)) {
    const perSide = Math.max(1, Math.ceil(clean(extent / step)));
    const bound = clean(perSide * step);
    if (perSide <= MAX_TICKS_PER_SIDE && bound < best.bound) best = { step, perSide, bound };
  }
  const ticks = Array.from({ length: 2 * best.perSide + 1 }, (_, i) =>
    clean((i - best.perSide) * best.step),
  );
  return { bound: best.bound, ticks };
}

/** Where `value` falls on an axis drawn `width` wide (clamped, so an off-axis end stays visible). */
export function axisPosition(axis: IntervalAxis, value: number, width: number): number {
  const clamped = Math.min(axis.bound, Math.max(-axis.bound, value));
  return ((clamped + axis.bound) / (2 * axis.bound)) * width;
}

/** The fewest decimals that write every tick of the axis exactly (2.5 % needs one). */
function tickDecimals(axis: IntervalAxis, scale: number): number {
  const exact = (d: number) =>
    axis.ticks.every((t) => Math.abs(Number((t * scale).toFixed(d)) - t * scale) < 1e-9);
  return [0, 1, 2, 3, 4].find(exact) ?? 4;
}

/**
 * A tick with as many decimals as the step needs: a percentage for relative changes ("-20%", "0%",
 * "+2.5%"), a plain signed number for absolute ones ("+0.4").
 */
export function formatTick(value: number, axis: IntervalAxis, relative = true): string {
  const scale = relative ? 100 : 1;
  const unit = relative ? '%' : '';
  if (value === 0) return `0${unit}`;
  const text = (value * scale).toFixed(tickDecimals(axis, scale));
  return `${value > 0 ? '+' : ''}${text}${unit}`;
}
