/**
 * The SVG path of a Bayesian interval: a violin whose width follows the normal posterior (widest at the
 * estimate, narrowing towards the ends of the credible interval), as PostHog draws it. `z` is how many standard
 * deviations the interval's ends are from the estimate.
 */
export function violinPath(
  x1: number,
  x2: number,
  midY: number,
  height: number,
  z: number,
): string {
  const steps = 24;
  const mid = (x1 + x2) / 2;
  const half = (x2 - x1) / 2;
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const x = x1 + ((x2 - x1) * i) / steps;
    const standard = half > 0 ? ((x - mid) / half) * z : 0;
    return { x, h: (height / 2) * Math.exp(-(standard ** 2) / 2) };
  });
  const top = points.map((p) => `${p.x.toFixed(2)},${(midY - p.h).toFixed(2)}`);
  const bottom = [...points].reverse().map((p) => `${p.x.toFixed(2)},${(midY + p.h).toFixed(2)}`);
  return `M${top.join(' L')} L${bottom.join(' L')} Z`;
}
