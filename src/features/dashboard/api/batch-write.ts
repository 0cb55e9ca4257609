import type { QueryClient } from '@tanstack/react-query';
import type { EndExperimentInput, Experiment } from '@/shared';
import { consoleConfigQueryOptions } from '@/lib/session/console-config';
import { writeExperimentEverywhere } from '@/features/experiments/api/experiment-cache';
import {
  patchExperiment,
  runExperimentAction,
} from '@/features/experiments/api/experiment-mutations';
import { forgetDeleted, rememberDeleted } from '@/features/experiments/utils/recently-deleted';
import type { BatchAction } from '../utils/bulk-actions';

/** One experiment's write, through PostHog's own per-experiment endpoint (contract §1.3; delete is a PATCH). */
export function writeOne(
  action: BatchAction,
  id: number,
  endBody: EndExperimentInput = {},
): Promise<Experiment> {
  switch (action) {
    case 'delete':
      return patchExperiment(id, { deleted: true });
    case 'restore':
      return patchExperiment(id, { deleted: false });
    case 'end':
      return runExperimentAction({ id, action, body: endBody });
    default:
      return runExperimentAction({ id, action });
  }
}

/** The row shows the server's answer as soon as its own write is done, while the rest of the batch runs. */
export function showWritten(queryClient: QueryClient, action: BatchAction, saved: Experiment) {
  if (action === 'delete') return;
  writeExperimentEverywhere(queryClient, saved.id, () => saved);
}

/**
 * A batch delete is remembered like a single one, so Recently deleted can restore any of them later; a
 * restore forgets them. The flag was never touched by a batch, so nothing about it needs undoing.
 */
export async function recordDeletes(
  queryClient: QueryClient,
  action: BatchAction,
  experiments: readonly Experiment[],
): Promise<void> {
  if ((action !== 'delete' && action !== 'restore') || experiments.length === 0) return;
  const projectId = await queryClient
    .ensureQueryData(consoleConfigQueryOptions())
    .then((config) => config.project.id)
    .catch(() => null);
  if (projectId === null) return;
  const deletedAt = new Date().toISOString();
  if (action === 'restore') forgetDeleted(projectId, ...experiments.map((e) => e.id));
  else
    rememberDeleted(
      ...experiments.map((experiment) => ({
        id: experiment.id,
        name: experiment.name,
        flagKey: experiment.feature_flag?.key ?? null,
        deletedAt,
        projectId,
        flagTurnedOff: false,
      })),
    );
}
