import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { experimentKeys } from './experiment-keys';
import { settleExperimentWrite } from './experiment-cache';

/** A cache holding two experiments' pages (they share a flag), one's history and a list. */
function cacheWithTwoPages() {
  const queryClient = new QueryClient();
  const saved = makeExperiment({ id: 1 });
  queryClient.setQueryData(experimentKeys.detail(1), makeExperiment({ id: 1, name: 'Before' }));
  queryClient.setQueryData(experimentKeys.detail(2), makeExperiment({ id: 2 }));
  queryClient.setQueryData(experimentKeys.activity(1), { results: [] });
  queryClient.setQueryData(experimentKeys.list({ limit: 20, offset: 0 }), { results: [] });
  const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
  return { queryClient, saved, stale };
}

describe('settleExperimentWrite', () => {
  it('a write that may change the flag makes every other experiment page refetch', async () => {
    const { queryClient, saved, stale } = cacheWithTwoPages();
    await settleExperimentWrite(queryClient, saved, { flagMayChange: true });
    expect(stale(experimentKeys.detail(2))).toBe(true);
    expect(stale(experimentKeys.activity(1))).toBe(true);
    expect(stale(experimentKeys.list({ limit: 20, offset: 0 }))).toBe(true);
    // The saved one is the server's answer already.
    expect(stale(experimentKeys.detail(1))).toBe(false);
    expect(queryClient.getQueryData(experimentKeys.detail(1))).toEqual(saved);
  });

  it('any other write leaves the other pages alone', async () => {
    const { queryClient, saved, stale } = cacheWithTwoPages();
    await settleExperimentWrite(queryClient, saved);
    expect(stale(experimentKeys.detail(2))).toBe(false);
    expect(stale(experimentKeys.activity(1))).toBe(true);
    expect(stale(experimentKeys.list({ limit: 20, offset: 0 }))).toBe(true);
  });
});
