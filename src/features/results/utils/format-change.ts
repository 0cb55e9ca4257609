import { formatDeltaPercent } from '@/shared';

/**
 * A change against the baseline: a signed percentage when relative (PostHog's default, "+11.20%"), a
 * signed number in the metric's own unit when the experiment asks for absolute differences ("+0.12").
 */
export function formatChange(change: number | null, relative: boolean): string {
  if (relative || change === null) return formatDeltaPercent(change);
  const digits = Math.abs(change) >= 100 ? 0 : 2;
  return `${change > 0 ? '+' : ''}${change.toFixed(digits)}`;
}
