import { experimentStatus, type Experiment } from '@/shared';
import {
  attentionReasons,
  type AttentionKind,
  type AttentionReason,
} from '@/shared/rules/attention';

export interface AttentionItem {
  experiment: Experiment;
  /** Most urgent first; each reason's action is offered, in that order. */
  reasons: AttentionReason[];
}

/**
 * A finished test still splitting real users comes first, then a finished experiment waiting for its
 * verdict; an old draft blocks nothing.
 */
const URGENCY: AttentionKind[] = [
  'flag_still_splits',
  'no_conclusion',
  'past_planned_end',
  'paused_too_long',
  'no_primary_metric',
  'running_too_long',
  'stale_draft',
];

/**
 * Flags that a running experiment among the candidates uses. An ended experiment sharing one of them is
 * not "still splitting users": the split is the running one's job, and turning the flag off would pause it.
 * The candidates are capped and filtered, so this only spares the common case; the Turn flag off dialog
 * asks the server (get-running-on-flag) before it offers the switch.
 */
function flagsInUse(experiments: Experiment[]): Set<number> {
  return new Set(
    experiments
      .filter((e) => e.feature_flag && experimentStatus(e) === 'running')
      .map((e) => e.feature_flag!.id),
  );
}

export function attentionItems(experiments: Experiment[], now: Date): AttentionItem[] {
  const inUse = flagsInUse(experiments);
  const sharedWithRunning = (experiment: Experiment) =>
    experimentStatus(experiment) !== 'running' &&
    experiment.feature_flag != null &&
    inUse.has(experiment.feature_flag.id);
  const items = experiments
    .map((experiment) => ({
      experiment,
      reasons: attentionReasons(experiment, now).filter(
        (reason) => reason.kind !== 'flag_still_splits' || !sharedWithRunning(experiment),
      ),
    }))
    .filter((item) => item.reasons.length > 0);
  const rank = (item: AttentionItem) => URGENCY.indexOf(item.reasons[0]!.kind);
  // Array.prototype.sort is stable: within one kind, the server's order (oldest first) is kept.
  return items.sort((a, b) => rank(a) - rank(b));
}
