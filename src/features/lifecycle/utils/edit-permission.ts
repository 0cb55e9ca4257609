import { canEdit, VIEWER_ONLY_REASON, type LifecycleInput, type Permission } from '@/shared';

/** Editing fields (and the conclusion) needs edit access; the reason is the same sentence the actions give. */
export function editPermission(experiment: Pick<LifecycleInput, 'user_access_level'>): Permission {
  return canEdit(experiment) ? { allowed: true } : { allowed: false, reason: VIEWER_ONLY_REASON };
}
