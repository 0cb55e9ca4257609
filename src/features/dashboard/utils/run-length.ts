import { daysBetween, experimentStatus, type Experiment } from '@/shared';
import { plannedEndDate } from '@/shared/rules/attention';
import { formatDate } from '@/lib/format-date';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** "Days running" in words: how long it ran (or runs), and the planned end when there is one. */
export function runLength(experiment: Experiment, now: Date): { main: string; note?: string } {
  const status = experimentStatus(experiment);
  if (status === 'draft' || !experiment.start_date) return { main: '—' };
  if (status === 'stopped') {
    const ran = daysBetween(experiment.start_date, new Date(experiment.end_date!));
    return { main: days(ran) };
  }
  const main = days(daysBetween(experiment.start_date, now));
  const plannedEnd = plannedEndDate(experiment);
  if (!plannedEnd) return { main, note: status === 'paused' ? 'paused' : undefined };
  const when = formatDate(plannedEnd.toISOString());
  return { main, note: plannedEnd < now ? `planned end ${when} passed` : `planned end ${when}` };
}
