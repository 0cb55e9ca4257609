import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { flagAfterDraftSave, flagSplitText } from './flag-rewrite';
import { draftFlagRewrite, liveFlagQuestion } from './live-flag-question';

/** servingNow keeps a number and its % together with a no-break space. */
const words = (text: string) => text.replace(/ %/g, '\u00a0%');

const split = (control: number, test: number) => ({
  parameters: {
    feature_flag_variants: [
      { key: 'control', split_percent: control },
      { key: 'test', split_percent: test },
    ],
  },
});

/** The flag `ship_variant` leaves behind: test 100 %, a 100 % group prepended. */
const shippedFlag = (draft: Experiment) => ({
  ...draft.feature_flag!,
  active: true,
  filters: {
    groups: [
      { properties: [], rollout_percentage: 100, description: 'Added automatically…' },
      { properties: [], rollout_percentage: 100 },
    ],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 0 },
        { key: 'test', rollout_percentage: 100 },
      ],
    },
  },
});

describe('flagAfterDraftSave', () => {
  const draft = makeExperiment();

  it('writes the sent split and rollout into the flag, as PostHog does for a draft', () => {
    const after = flagAfterDraftSave(draft.feature_flag!, {
      parameters: { ...split(80, 20).parameters, rollout_percentage: 40 },
    });
    expect(flagSplitText(after)).toBe(words('control 80 % · test 20 % of 40 % rollout'));
  });

  it('falls back to PostHog’s default 50/50 when parameters carry no variants', () => {
    const flag = { ...draft.feature_flag!, filters: { ...shippedFlag(draft).filters } };
    expect(flagSplitText(flagAfterDraftSave(flag, { parameters: null }))).toBe(
      words('control 50 % · test 50 % of all users'),
    );
  });

  it('leaves the flag alone when the body does not send parameters or a holdout', () => {
    const flag = shippedFlag(draft);
    expect(flagAfterDraftSave(flag, { name: 'Renamed' })).toEqual(flag);
  });
});

describe('draftFlagRewrite', () => {
  it('is null when the split sent equals what the flag serves', () => {
    expect(draftFlagRewrite(makeExperiment(), split(50, 50))).toBeNull();
  });

  it('sees a shipped flag being un-shipped by a save that only meant to change something else', () => {
    const draft = makeExperiment();
    const onShipped = { ...draft, feature_flag: shippedFlag(draft) };
    const rewrite = draftFlagRewrite(onShipped, split(50, 50));
    expect(rewrite && flagSplitText(rewrite.before)).toBe(words('test to 100 % of users'));
    expect(rewrite && flagSplitText(rewrite.after)).toBe(
      words('control 50 % · test 50 % of all users'),
    );
  });

  it('sees a holdout change', () => {
    expect(draftFlagRewrite(makeExperiment(), { holdout_id: 7 })).not.toBeNull();
  });

  it('is null for a launched experiment (its flag changes only when asked)', () => {
    const running = makeExperiment({ start_date: '2025-03-01T00:00:00Z' });
    expect(draftFlagRewrite(running, split(80, 20))).toBeNull();
  });

  it('is null for a deleted flag', () => {
    const draft = makeExperiment();
    const gone = { ...draft, feature_flag: { ...draft.feature_flag!, deleted: true } };
    expect(draftFlagRewrite(gone, split(80, 20))).toBeNull();
  });
});

describe('liveFlagQuestion', () => {
  const draft = makeExperiment({ name: 'Re-run' });
  const other = makeExperiment({
    name: 'Badge',
    start_date: '2025-01-01T00:00:00Z',
    end_date: '2025-02-01T00:00:00Z',
    conclusion: 'won',
    archived: true,
  });
  const onFlag = (...experiments: Experiment[]) => ({ experiments, count: experiments.length });

  it('says nothing when the flag is off and no other experiment uses it', () => {
    const rewrite = draftFlagRewrite(draft, split(80, 20))!;
    expect(liveFlagQuestion(draft, rewrite, onFlag(draft))).toBeNull();
  });

  it('asks when the flag is on, naming what it serves now and after', () => {
    const live = { ...draft, feature_flag: { ...draft.feature_flag!, active: true } };
    const rewrite = draftFlagRewrite(live, split(80, 20))!;
    expect(liveFlagQuestion(live, rewrite, onFlag(live))).toEqual({
      flagKey: live.feature_flag_key,
      active: true,
      now: words('control 50 % · test 50 % of all users'),
      after: words('control 80 % · test 20 % of all users'),
      holdoutChanges: false,
      others: [],
      otherCount: 0,
    });
  });

  it('asks when the flag is off but shared, naming the other experiment and its state', () => {
    const rewrite = draftFlagRewrite(draft, split(80, 20))!;
    const question = liveFlagQuestion(draft, rewrite, onFlag(draft, other));
    expect(question?.active).toBe(false);
    expect(question?.others).toEqual([
      { id: other.id, name: 'Badge', status: 'stopped', conclusion: 'won', archived: true },
    ]);
  });

  it('counts other experiments beyond the listed page', () => {
    const rewrite = draftFlagRewrite(draft, split(80, 20))!;
    const question = liveFlagQuestion(draft, rewrite, { experiments: [draft, other], count: 25 });
    expect(question?.otherCount).toBe(24);
  });
});
