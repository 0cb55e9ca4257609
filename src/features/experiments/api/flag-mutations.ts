import { useMutation, useQueryClient } from '@tanstack/react-query';
import { experimentStatus, FeatureFlag, type Experiment } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';
import { experimentKeys } from './experiment-keys';
import {
  restoreSnapshot,
  settleExperimentWrite,
  writeExperimentEverywhere,
} from './experiment-cache';
import { runExperimentAction } from './experiment-mutations';

/** PATCH feature_flags/{id}/ with exactly `{ active }`: the proxy refuses any other body. */
export function patchFlagActive(flagId: number, active: boolean): Promise<FeatureFlag> {
  return apiFetch(apiPaths.featureFlag(flagId), {
    method: 'PATCH',
    body: { active },
    schema: FeatureFlag,
  });
}

export interface SetFlagActiveRequest {
  experiment: Experiment;
  active: boolean;
}

/**
 * A running experiment is paused (and a paused one resumed) through its own action, so its status and
 * History say so; any other experiment's flag (ended, or a draft sharing a live flag) is switched directly.
 */
function setFlagActive({ experiment, active }: SetFlagActiveRequest): Promise<Experiment> {
  const status = experimentStatus(experiment);
  if (status === 'running' && !active)
    return runExperimentAction({ id: experiment.id, action: 'pause' });
  if (status === 'paused' && active)
    return runExperimentAction({ id: experiment.id, action: 'resume' });
  const flag = experiment.feature_flag;
  if (!flag || flag.deleted)
    return Promise.reject(new Error('This experiment has no feature flag to switch.'));
  return patchFlagActive(flag.id, active).then((saved) => ({
    ...experiment,
    feature_flag: { ...flag, active: saved.active },
  }));
}

const withFlagActive = (active: boolean) => (e: Experiment) => ({
  ...e,
  feature_flag: e.feature_flag && { ...e.feature_flag, active },
});

/**
 * Turns an experiment's feature flag on or off: `mutate({ experiment, active })`. The page and the lists show
 * the new state at once and roll back if the server refuses. Afterwards the answer is written to the
 * detail and everything else about experiments refetched: other experiments may share the flag, and the
 * flag's activity joins the History.
 */
export function useSetFlagActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setFlagActive,
    onMutate: async ({ experiment, active }) => {
      await queryClient.cancelQueries({ queryKey: experimentKeys.all });
      return writeExperimentEverywhere(queryClient, experiment.id, withFlagActive(active));
    },
    onError: (_error, _request, snapshot) => {
      if (snapshot) restoreSnapshot(queryClient, snapshot);
    },
    onSuccess: (saved) => settleExperimentWrite(queryClient, saved, { flagMayChange: true }),
  });
}
