import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { attentionItems } from './attention-items';

const NOW = new Date('2026-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const METRIC = [{ kind: 'ExperimentMetric' }] as unknown as Experiment['metrics'];

/** Ended as won while its flag, shared or not, still serves control and test 50/50. */
function endedOnLiveFlag(id: number, flagId: number): Experiment {
  const base = makeExperiment({ id });
  return makeExperiment({
    id,
    name: `Ended ${id}`,
    start_date: daysAgo(40),
    end_date: daysAgo(2),
    conclusion: 'won',
    metrics: METRIC,
    feature_flag: { ...base.feature_flag!, id: flagId, active: true },
  });
}
function runningOn(id: number, flagId: number): Experiment {
  const base = makeExperiment({ id });
  return makeExperiment({
    id,
    name: `Running ${id}`,
    start_date: daysAgo(3),
    updated_at: daysAgo(3),
    metrics: METRIC,
    feature_flag: { ...base.feature_flag!, id: flagId, active: true },
  });
}
const staleDraft = makeExperiment({ id: 9, name: 'Old draft', updated_at: daysAgo(90) });

describe('attentionItems', () => {
  it('puts an ended experiment still splitting users before an old draft', () => {
    const items = attentionItems([staleDraft, endedOnLiveFlag(1, 501)], NOW);
    expect(items.map((item) => [item.experiment.id, item.reasons[0]?.kind])).toEqual([
      [1, 'flag_still_splits'],
      [9, 'stale_draft'],
    ]);
  });

  it('leaves out the split of a flag a running experiment shares: turning it off would pause that one', () => {
    const items = attentionItems([endedOnLiveFlag(1, 501), runningOn(2, 501)], NOW);
    expect(items).toEqual([]);
  });

  it('keeps the ended experiment’s other reasons when its flag is shared with a running one', () => {
    const unconcluded = { ...endedOnLiveFlag(1, 501), conclusion: null };
    const items = attentionItems([unconcluded, runningOn(2, 501)], NOW);
    expect(items.map((item) => item.reasons.map((r) => r.kind))).toEqual([['no_conclusion']]);
  });
});
