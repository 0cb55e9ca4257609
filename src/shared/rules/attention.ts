import type { MinimalFeatureFlag } from '../schemas/feature-flag';
import { servingNow } from './serving-now';
import { daysBetween, experimentStatus, type StatusInput } from './status';

/** When an experiment starts to need a decision; PMs asked for these limits. */
export const ATTENTION_LIMITS = { pausedDays: 7, runningDays: 30, staleDraftDays: 30 } as const;

/** What resolves a problem: each maps to one place in the UI (the page, its editor, the conclusion form). */
export type AttentionAction =
  'turn_flag_off' | 'record_conclusion' | 'resume_or_end' | 'end' | 'add_metric' | 'launch';

export type AttentionKind =
  | 'flag_still_splits'
  | 'no_conclusion'
  | 'paused_too_long'
  | 'past_planned_end'
  | 'running_too_long'
  | 'no_primary_metric'
  | 'stale_draft';

export interface AttentionReason {
  kind: AttentionKind;
  /** A sentence a person reads, e.g. "Paused for 12 days". */
  text: string;
  action: AttentionAction;
}

/** The parts of the embedded flag that say who is served what (contract §2.8). */
type AttentionFlag = Pick<MinimalFeatureFlag, 'active' | 'deleted' | 'filters'>;

export interface AttentionInput extends StatusInput {
  feature_flag?: AttentionFlag | null;
  archived?: boolean | null;
  conclusion?: string | null;
  updated_at?: string | null;
  /** Absent in lighter list payloads (newer PostHog): then the metric check is skipped, not guessed. */
  metrics?: readonly unknown[] | null;
  saved_metrics?: readonly { metadata?: { type?: string } | null }[] | null;
  /** PostHog's `recommended_running_time` (days) lives here when a run length was planned. */
  parameters?: Record<string, unknown> | null;
}

const DAY_MS = 86_400_000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** start + PostHog's `parameters.recommended_running_time` (days), when one was planned. */
export function plannedEndDate(experiment: AttentionInput): Date | null {
  const days = experiment.parameters?.recommended_running_time;
  if (!experiment.start_date || typeof days !== 'number' || !(days > 0)) return null;
  return new Date(new Date(experiment.start_date).getTime() + days * DAY_MS);
}

/** Inline primary metrics plus shared metrics linked as primary (a link without metadata counts as primary). */
export function primaryMetricCount(experiment: AttentionInput): number | null {
  if (experiment.metrics == null) return null;
  const savedPrimary = (experiment.saved_metrics ?? []).filter(
    (link) => link.metadata?.type !== 'secondary',
  ).length;
  return experiment.metrics.length + savedPrimary;
}

function flagReasons(experiment: AttentionInput): AttentionReason[] {
  const serving = servingNow(experiment.feature_flag);
  if (!serving.splits) return [];
  // The same words as the experiment page's "serving now" line, so the two never disagree.
  const text = `Ended, but its feature flag still serves ${serving.sentence}`;
  return [{ kind: 'flag_still_splits', text, action: 'turn_flag_off' }];
}

function runningReasons(experiment: AttentionInput, now: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const plannedEnd = plannedEndDate(experiment);
  const days = daysBetween(experiment.start_date!, now);
  // A planned run length replaces the generic limit: 40 days of a planned 60 is on schedule.
  if (plannedEnd) {
    if (plannedEnd < now) {
      const late = daysBetween(plannedEnd.toISOString(), now);
      const text = late
        ? `Past its planned end by ${plural(late, 'day')}`
        : 'Reached its planned end';
      reasons.push({ kind: 'past_planned_end', text, action: 'end' });
    }
  } else if (days > ATTENTION_LIMITS.runningDays) {
    const text = `Running for ${plural(days, 'day')} (over ${ATTENTION_LIMITS.runningDays})`;
    reasons.push({ kind: 'running_too_long', text, action: 'end' });
  }
  if (primaryMetricCount(experiment) === 0) {
    const text = 'Running without a primary metric: the results cannot answer anything';
    reasons.push({ kind: 'no_primary_metric', text, action: 'add_metric' });
  }
  return reasons;
}

/**
 * Why an experiment needs a decision now, most urgent first (empty when it does not). `now` is passed in so
 * the rule is pure and testable. An ended experiment whose flag still splits users comes first: real users
 * still get the variants of a finished test. Archived experiments were filed away on purpose, so that is
 * the only thing they are checked for.
 * Paused-since uses `updated_at`: pausing writes the experiment, and PostHog keeps no pause timestamp.
 */
export function attentionReasons(experiment: AttentionInput, now: Date): AttentionReason[] {
  const status = experimentStatus(experiment);
  if (status === 'stopped') {
    const reasons = flagReasons(experiment);
    if (experiment.conclusion || experiment.archived) return reasons;
    const text = 'Stopped without a recorded conclusion';
    return [...reasons, { kind: 'no_conclusion', text, action: 'record_conclusion' }];
  }
  if (experiment.archived) return [];
  if (status === 'paused') {
    const days = experiment.updated_at ? daysBetween(experiment.updated_at, now) : 0;
    if (days <= ATTENTION_LIMITS.pausedDays) return [];
    // At least: the pause happened at or before the last change.
    const text = `Paused for at least ${plural(days, 'day')}: nobody sees the test variants`;
    return [{ kind: 'paused_too_long', text, action: 'resume_or_end' }];
  }
  if (status === 'running') return runningReasons(experiment, now);
  const untouched = experiment.updated_at ? daysBetween(experiment.updated_at, now) : 0;
  if (untouched <= ATTENTION_LIMITS.staleDraftDays) return [];
  const text = `Draft untouched for ${plural(untouched, 'day')}`;
  return [{ kind: 'stale_draft', text, action: 'launch' }];
}
