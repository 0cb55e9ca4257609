import { useQuery } from '@tanstack/react-query';
import type { Experiment } from '@/shared';
import { runningOnFlagQueryOptions, type RunningOnFlag } from '../api/get-running-on-flag';

export interface RunningOnFlagCheck {
  /** The server's answer is in and names nobody else: the flag may be turned off. */
  canTurnOff: boolean;
  /** Still asking; the confirming button waits. */
  checking: boolean;
  /** The running experiments that turning the flag off would pause, once the answer names any. */
  sharedWith: RunningOnFlag | null;
  /** The question failed: the flag stays on until it is asked again. */
  error: unknown;
  retry: () => void;
}

/**
 * Before a flag is turned off: does a running experiment other than this one share it? Turning the flag off
 * would silently pause that one, so every "Turn flag off" dialog asks this first. `enabled: false` (turning a
 * flag on) asks nothing and allows it.
 */
export function useRunningOnFlagCheck(experiment: Experiment, enabled = true): RunningOnFlagCheck {
  const running = useQuery({ ...runningOnFlagQueryOptions(experiment), enabled });
  const sharedWith = running.data?.experiments.length ? running.data : null;
  if (!enabled)
    return { canTurnOff: true, checking: false, sharedWith: null, error: null, retry: () => {} };
  return {
    canTurnOff: running.isSuccess && !sharedWith,
    checking: running.isPending,
    sharedWith,
    error: running.isError ? running.error : null,
    retry: () => void running.refetch(),
  };
}
