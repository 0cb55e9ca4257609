import type { Experiment } from '@/shared';
import {
  attentionReasons,
  type AttentionKind,
  type AttentionReason,
} from '@/shared/rules/attention';

export interface AttentionItem {
  experiment: Experiment;
  /** Most urgent first; the first one's action is the one offered. */
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

export function attentionItems(experiments: Experiment[], now: Date): AttentionItem[] {
  const items = experiments
    .map((experiment) => ({ experiment, reasons: attentionReasons(experiment, now) }))
    .filter((item) => item.reasons.length > 0);
  const rank = (item: AttentionItem) => URGENCY.indexOf(item.reasons[0]!.kind);
  // Array.prototype.sort is stable: within one kind, the server's order (oldest first) is kept.
  return items.sort((a, b) => rank(a) - rank(b));
}
