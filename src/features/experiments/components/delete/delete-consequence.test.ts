import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { deleteConsequence, flagOutcome } from './delete-consequence';

const START = '2026-11-01T10:00:00Z';
const END = '2026-11-20T10:00:00Z';
const base = makeExperiment({ id: 5 });
const flag = (active: boolean, groups = base.feature_flag!.filters!.groups) => ({
  ...base.feature_flag!,
  active,
  filters: { ...base.feature_flag!.filters, groups },
});

/** The server's answer "no other running experiment on this flag". */
const ALONE = { experiments: [], count: 0 };

describe('deleteConsequence', () => {
  it('offers to pause a running experiment, ticked, naming what the flag serves', () => {
    const running = makeExperiment({ id: 5, start_date: START, feature_flag: flag(true) });
    const consequence = deleteConsequence(running, ALONE);
    expect(consequence).toMatchObject({
      flagKey: 'experiment-5',
      flagOn: true,
      turnOffPauses: true,
      turnOffByDefault: true,
    });
    expect(consequence.serving).toMatch(/^control 50\s%.*test 50\s% of all users$/);
    expect(flagOutcome(consequence, true)).toContain(
      'paused first, so its flag experiment-5 is off',
    );
    expect(flagOutcome(consequence, false)).toBe(
      ' Its flag experiment-5 is still on and serving users.',
    );
  });

  it('ticks the offer for an ended experiment whose flag still splits traffic', () => {
    const ended = makeExperiment({
      id: 5,
      start_date: START,
      end_date: END,
      feature_flag: flag(true),
    });
    expect(deleteConsequence(ended, ALONE)).toMatchObject({
      turnOffPauses: false,
      turnOffByDefault: true,
    });
  });

  it('leaves a shipped variant serving unless asked', () => {
    const shippedGroups = [
      { properties: [], rollout_percentage: 100, variant: 'test' },
      { properties: [], rollout_percentage: 100 },
    ];
    const shipped = makeExperiment({
      id: 5,
      start_date: START,
      end_date: END,
      feature_flag: flag(true, shippedGroups),
    });
    expect(deleteConsequence(shipped)).toMatchObject({ flagOn: true, turnOffByDefault: false });
  });

  it('offers nothing when the flag is off, and says nothing about a missing flag', () => {
    const paused = makeExperiment({ id: 5, start_date: START, feature_flag: flag(false) });
    expect(deleteConsequence(paused)).toMatchObject({ flagOn: false, turnOffByDefault: false });
    expect(flagOutcome(deleteConsequence(paused), false)).toBe('');
    const orphan = makeExperiment({ id: 5, feature_flag: { ...flag(true), deleted: true } });
    expect(deleteConsequence(orphan).flagKey).toBeNull();
  });

  it('does not tick the offer while it is unknown whether a running experiment shares the flag', () => {
    const running = makeExperiment({ id: 5, start_date: START, feature_flag: flag(true) });
    expect(deleteConsequence(running)).toMatchObject({ flagOn: true, turnOffByDefault: false });
  });

  it('does not tick the offer when another running experiment shares the flag, and names it', () => {
    const other = makeExperiment({ id: 9, name: 'Checkout live', start_date: START });
    const ended = makeExperiment({
      id: 5,
      start_date: START,
      end_date: END,
      feature_flag: flag(true),
    });
    const consequence = deleteConsequence(ended, { experiments: [other], count: 1 });
    expect(consequence).toMatchObject({ flagOn: true, turnOffByDefault: false });
    expect(consequence.sharedWith.map((e) => e.name)).toEqual(['Checkout live']);
  });

  it('reads a flag without `active` as on, as the status rule does', () => {
    const { active: _omitted, ...withoutActive } = flag(true);
    const ended = makeExperiment({
      id: 5,
      start_date: START,
      end_date: END,
      feature_flag: withoutActive,
    });
    expect(deleteConsequence(ended, ALONE)).toMatchObject({
      flagOn: true,
      turnOffByDefault: true,
    });
  });
});
