import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { defaultExperimentTab, parseExperimentTab } from './experiment-tab';

describe('experiment tabs', () => {
  it('reads a known tab from the URL and leaves anything else to the default', () => {
    expect(parseExperimentTab('history')).toBe('history');
    expect(parseExperimentTab('results')).toBe('results');
    expect(parseExperimentTab(null)).toBeNull();
    expect(parseExperimentTab('toString')).toBeNull();
  });

  it('opens a launched experiment on its results and a draft on its set-up', () => {
    expect(defaultExperimentTab(makeExperiment({ start_date: '2025-03-01T10:00:00Z' }))).toBe(
      'results',
    );
    expect(defaultExperimentTab(makeExperiment())).toBe('overview');
  });
});
