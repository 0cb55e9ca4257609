import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Experiment,
  type DuplicateExperimentInput,
  type EndExperimentInput,
  type ExperimentCreateInput,
  type PatchedExperimentInput,
  type ShipVariantInput,
} from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';
import { experimentKeys } from './experiment-keys';
import {
  restoreSnapshot,
  settleExperimentWrite,
  writeExperimentEverywhere,
} from './experiment-cache';

/** The lifecycle actions of contract §1.3, with the body each takes. */
export interface ActionBodies {
  launch: undefined;
  pause: undefined;
  resume: undefined;
  end: EndExperimentInput;
  ship_variant: ShipVariantInput;
  archive: undefined;
  unarchive: undefined;
  reset: undefined;
}
export type ExperimentAction = keyof ActionBodies;
export type ActionRequest = {
  [A in ExperimentAction]: { id: number; action: A; body?: ActionBodies[A] };
}[ExperimentAction];

export function runExperimentAction({ id, action, body }: ActionRequest): Promise<Experiment> {
  return apiFetch(apiPaths.experimentAction(id, action), {
    method: 'POST',
    body: body ?? {},
    schema: Experiment,
  });
}

export function patchExperiment(id: number, body: PatchedExperimentInput): Promise<Experiment> {
  return apiFetch(apiPaths.experiment(id), { method: 'PATCH', body, schema: Experiment });
}

export function createExperiment(body: ExperimentCreateInput): Promise<Experiment> {
  return apiFetch(apiPaths.experiments(), { method: 'POST', body, schema: Experiment });
}

export function duplicateExperiment(
  id: number,
  body: DuplicateExperimentInput,
): Promise<Experiment> {
  return apiFetch(apiPaths.experimentAction(id, 'duplicate'), {
    method: 'POST',
    body,
    schema: Experiment,
  });
}

/**
 * Quick toggles show their result at once and roll back if the server refuses: what the flag does
 * (pause/resume) or where the row lives (archive/unarchive) is predictable.
 */
const OPTIMISTIC: Partial<Record<ExperimentAction, (e: Experiment) => Experiment>> = {
  pause: (e) => ({
    ...e,
    status: 'paused',
    feature_flag: e.feature_flag && { ...e.feature_flag, active: false },
  }),
  resume: (e) => ({
    ...e,
    status: 'running',
    feature_flag: e.feature_flag && { ...e.feature_flag, active: true },
  }),
  archive: (e) => ({ ...e, archived: true }),
  unarchive: (e) => ({ ...e, archived: false }),
};

/** Actions that change what the feature flag serves (contract §1.3), which other experiments may share. */
const FLAG_ACTIONS = new Set<string>(['launch', 'pause', 'resume', 'end', 'ship_variant', 'reset']);

/** Whether a lifecycle action (or a batch of them) may have changed a flag other experiments share. */
export const actionChangesFlag = (action: string) => FLAG_ACTIONS.has(action);

/** A create or update that sets variants or a holdout rewrites the flag's filters. */
const bodyChangesFlag = (body: PatchedExperimentInput | ExperimentCreateInput) =>
  body.parameters !== undefined || body.holdout_id !== undefined;

/** Runs a lifecycle action; the returned promise settles once lists and counts are fresh. */
export function useExperimentAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runExperimentAction,
    onMutate: async (request) => {
      const optimistic = OPTIMISTIC[request.action];
      if (!optimistic) return undefined;
      await queryClient.cancelQueries({ queryKey: experimentKeys.all });
      return writeExperimentEverywhere(queryClient, request.id, optimistic);
    },
    onError: (_error, _request, snapshot) => {
      if (snapshot) restoreSnapshot(queryClient, snapshot);
    },
    onSuccess: (saved, { action }) =>
      settleExperimentWrite(queryClient, saved, { flagMayChange: actionChangesFlag(action) }),
  });
}

/** PATCH with only the fields that changed. Pessimistic: the form waits for the server's answer. */
export function useUpdateExperiment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: PatchedExperimentInput }) =>
      patchExperiment(id, body),
    onSuccess: (saved, { body }) =>
      settleExperimentWrite(queryClient, saved, { flagMayChange: bodyChangesFlag(body) }),
  });
}

export function useCreateExperiment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExperiment,
    // A new experiment may take over an existing flag (its key), rewriting its variants.
    onSuccess: (saved, body) =>
      settleExperimentWrite(queryClient, saved, { flagMayChange: bodyChangesFlag(body) }),
  });
}

export function useDuplicateExperiment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: DuplicateExperimentInput }) =>
      duplicateExperiment(id, body),
    onSuccess: (saved) => settleExperimentWrite(queryClient, saved),
  });
}

/**
 * Soft delete (`deleted: true`) and its undo (`deleted: false`): PostHog's delete is a PATCH, so undo is real.
 * The row leaves every cached list at once.
 */
export function useSetExperimentDeleted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, deleted }: { id: number; deleted: boolean }) =>
      patchExperiment(id, { deleted }),
    onSuccess: async (saved, { id, deleted }) => {
      if (deleted) queryClient.removeQueries({ queryKey: experimentKeys.detail(id) });
      await settleExperimentWrite(queryClient, deleted ? undefined : saved);
    },
  });
}
