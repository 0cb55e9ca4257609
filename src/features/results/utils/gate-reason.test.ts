import { describe, expect, it } from 'vitest';
import type { ExperimentStatsBase } from '@/shared';
import { gateReason } from './gate-reason';

const stats = (
  key: string,
  n: number,
  sum: number,
  failures: string[] = [],
): ExperimentStatsBase => ({
  key,
  number_of_samples: n,
  sum,
  sum_squares: sum,
  validation_failures: failures,
});

describe('gateReason', () => {
  const control = stats('control', 989, 1636);

  it('says how many exposed people a variant needs and has', () => {
    expect(gateReason(stats('test', 23, 30, ['not-enough-exposures']), 'mean', control)).toBe(
      'needs 50 exposed people per variant; test has 23',
    );
  });

  it('counts retention’s samples as the people who did the start event, not everyone exposed', () => {
    expect(gateReason(stats('test', 23, 9, ['not-enough-exposures']), 'retention', control)).toBe(
      'needs 50 people who did the start event per variant; test has 23',
    );
  });

  it('names conversions for a funnel and retained people for retention', () => {
    const few = stats('test', 400, 3, ['not-enough-metric-data']);
    expect(gateReason(few, 'funnel', control)).toBe('needs 5 conversions per variant; test has 3');
    expect(gateReason(few, 'retention', control)).toBe(
      'needs 5 retained people per variant; test has 3',
    );
  });

  it('names the variant when both fall short, and the baseline when only it does', () => {
    const small = stats('control', 31, 7, ['not-enough-exposures']);
    expect(gateReason(stats('nudge', 34, 11, ['not-enough-exposures']), 'funnel', small)).toBe(
      'needs 50 exposed people per variant; nudge has 34',
    );
  });

  it('blames the baseline when it failed, since then no variant can be compared', () => {
    const empty = stats('control', 1200, 0, ['baseline-mean-is-zero']);
    expect(gateReason(stats('test', 1200, 40), 'funnel', empty)).toBe(
      'control (the baseline) has no conversions yet, so there is nothing to compare against',
    );
    const small = stats('control', 12, 4, ['not-enough-exposures', 'not-enough-metric-data']);
    expect(gateReason(stats('test', 1200, 40), 'funnel', small)).toBe(
      'needs 50 exposed people per variant; control (the baseline) has 12',
    );
  });

  it('explains stats that were skipped without a gate, and passes unknown codes on', () => {
    expect(gateReason(stats('test', 900, 900), 'funnel', control)).toMatch(/do not vary enough/);
    expect(gateReason(stats('test', 900, 9, ['new-gate']), 'mean', control)).toBe(
      'PostHog skipped the statistics (new-gate)',
    );
  });
});
