import type { TimeUnit } from '@/shared';

/** PostHog's conversion_window_to_seconds, in milliseconds (a month is 30 days there too). */
export const UNIT_MS: Record<TimeUnit, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
};

/** The metric's conversion window in ms; 0 when it has none (then events count until the window ends). */
export function conversionWindowMs(metric: {
  conversion_window?: number | null;
  conversion_window_unit?: TimeUnit | null;
}): number {
  const { conversion_window: amount, conversion_window_unit: unit } = metric;
  return amount && unit ? amount * UNIT_MS[unit] : 0;
}
