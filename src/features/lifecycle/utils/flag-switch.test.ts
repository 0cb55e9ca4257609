import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { flagSwitchTarget, offersFlagSwitch } from './flag-switch';
import { requestedActionTarget } from './requested-action';

const START = '2025-03-01T10:00:00Z';
const END = '2025-03-20T10:00:00Z';
const withFlag = (active: boolean, extra = {}) => {
  const base = makeExperiment();
  return makeExperiment({ ...extra, feature_flag: { ...base.feature_flag!, active } });
};

describe('flag switch', () => {
  it('goes through Pause and Resume for a launched, not ended experiment', () => {
    expect(flagSwitchTarget(withFlag(true, { start_date: START }), false)).toEqual({
      dialog: 'pause',
    });
    expect(flagSwitchTarget(withFlag(false, { start_date: START }), true)).toEqual({
      dialog: 'resume',
    });
  });

  it('switches the flag itself for an ended experiment and a draft on a live flag', () => {
    const ended = { start_date: START, end_date: END };
    expect(flagSwitchTarget(withFlag(true, ended), false)).toEqual({ dialog: 'flag-off' });
    expect(flagSwitchTarget(withFlag(false, ended), true)).toEqual({ dialog: 'flag-on' });
    expect(flagSwitchTarget(withFlag(true), false)).toEqual({ dialog: 'flag-off' });
    expect(offersFlagSwitch(withFlag(true, ended))).toBe('flag-off');
    expect(offersFlagSwitch(withFlag(true))).toBe('flag-off');
    expect(offersFlagSwitch(withFlag(false))).toBeNull();
    expect(offersFlagSwitch(withFlag(true, { start_date: START }))).toBeNull();
  });

  it('refuses with a reason: already in that state, a draft turned on, a viewer, a deleted flag', () => {
    const reason = (target: ReturnType<typeof flagSwitchTarget>) =>
      target.dialog === null ? target.reason : null;
    expect(reason(flagSwitchTarget(withFlag(false), false))).toMatch(/is already off/);
    expect(reason(flagSwitchTarget(withFlag(false), true))).toMatch(/turned on by launching it/);
    expect(
      reason(flagSwitchTarget(withFlag(true, { user_access_level: 'viewer' }), false)),
    ).toMatch(/view-only/);
    const deleted = makeExperiment({
      feature_flag: { ...makeExperiment().feature_flag!, deleted: true },
    });
    expect(reason(flagSwitchTarget(deleted, false))).toMatch(/deleted/);
  });

  it('turns a refused ?action= into one sentence', () => {
    expect(requestedActionTarget('end', withFlag(false))).toEqual({
      dialog: null,
      message: 'Cannot end the experiment: Experiment has not been launched yet.',
    });
    expect(requestedActionTarget('conclude', withFlag(true, { start_date: START }))).toEqual({
      dialog: 'end',
    });
  });
});
