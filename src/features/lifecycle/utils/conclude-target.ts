import { experimentStatus, lifecyclePermission, type Experiment, type Permission } from '@/shared';
import { editPermission } from './edit-permission';

/**
 * Where "Record conclusion" (`?action=conclude`) leads: a running or paused experiment is ended with a
 * conclusion; an ended one gets its conclusion recorded or edited; a draft has nothing to conclude yet.
 */
export function concludeTarget(
  experiment: Experiment,
): { dialog: 'end' | 'conclusion' } | { dialog: null; reason: string } {
  const status = experimentStatus(experiment);
  const permission: Permission =
    status === 'stopped' ? editPermission(experiment) : lifecyclePermission('end', experiment);
  if (!permission.allowed) return { dialog: null, reason: permission.reason };
  return { dialog: status === 'stopped' ? 'conclusion' : 'end' };
}
