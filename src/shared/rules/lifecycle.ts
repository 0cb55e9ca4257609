import { experimentStatus, type StatusInput } from './status';

/**
 * Which lifecycle action is allowed in which state, each refusal with the sentence PostHog answers
 * (contract §1.3). The server enforces these; the UI shows the same reason on a disabled action.
 */
export const LIFECYCLE_ACTIONS = [
  'launch',
  'pause',
  'resume',
  'end',
  'ship_variant',
  'archive',
  'unarchive',
  'reset',
  'duplicate',
  'delete',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];
/** The actions that are a `POST /experiments/{id}/<action>/` (delete is `PATCH {deleted: true}`). */
export type EndpointAction = Exclude<LifecycleAction, 'delete'>;
export const ENDPOINT_ACTIONS = LIFECYCLE_ACTIONS.filter(
  (action): action is EndpointAction => action !== 'delete',
);

export type Permission = { allowed: true } | { allowed: false; reason: string };

export interface LifecycleInput extends StatusInput {
  archived?: boolean | null;
  user_access_level?: string | null;
  feature_flag?: {
    active?: boolean | null;
    deleted?: boolean | null;
    filters?: { multivariate?: { variants?: { key: string }[] } | null } | null;
  } | null;
  metrics?: readonly unknown[] | null;
  metrics_secondary?: readonly unknown[] | null;
}

const ALLOWED: Permission = { allowed: true };
const deny = (reason: string): Permission => ({ allowed: false, reason });

export const VIEWER_ONLY_REASON =
  'You have view-only access to this experiment. Ask an editor to change it.';
export const LEGACY_DUPLICATE_MESSAGE =
  'Duplication is not supported for experiments using legacy metrics.';

/** PostHog treats a missing access level (older payloads) as full access. */
export function canEdit(experiment: Pick<LifecycleInput, 'user_access_level'>): boolean {
  return experiment.user_access_level !== 'viewer' && experiment.user_access_level !== 'none';
}

export function usesLegacyMetrics(experiment: LifecycleInput): boolean {
  return [...(experiment.metrics ?? []), ...(experiment.metrics_secondary ?? [])].some((m) => {
    const kind = (m as { kind?: unknown } | null)?.kind;
    return kind === 'ExperimentTrendsQuery' || kind === 'ExperimentFunnelsQuery';
  });
}

/** Launch blockers about the flag itself, shared by the launch rule and the pre-launch checklist. */
export function flagLaunchProblem(flag: LifecycleInput['feature_flag']): string | null {
  if (!flag || flag.deleted)
    return 'Experiment cannot be launched because its feature flag has been deleted.';
  const keys = (flag.filters?.multivariate?.variants ?? []).map((v) => v.key);
  if (keys.length < 2)
    return 'Feature flag must have at least 2 variants (control and at least one test variant)';
  if (!keys.includes('control')) return "Feature flag must have a variant with key 'control'";
  return null;
}

function stateRule(action: LifecycleAction, experiment: LifecycleInput): Permission {
  const status = experimentStatus(experiment);
  const launched = status !== 'draft';
  const ended = status === 'stopped';
  switch (action) {
    case 'launch': {
      if (launched) return deny('Experiment has already been launched.');
      const problem = flagLaunchProblem(experiment.feature_flag);
      return problem ? deny(problem) : ALLOWED;
    }
    case 'pause':
    case 'resume': {
      if (!launched) return deny('Experiment has not been launched yet.');
      if (ended) return deny('Experiment has already ended.');
      if (!experiment.feature_flag) return deny('Experiment does not have a feature flag linked.');
      if (action === 'pause' && status === 'paused') return deny('Experiment is already paused.');
      if (action === 'resume' && status !== 'paused') return deny('Experiment is not paused.');
      return ALLOWED;
    }
    case 'end':
      if (!launched) return deny('Experiment has not been launched yet.');
      return ended ? deny('Experiment has already ended.') : ALLOWED;
    case 'ship_variant':
      if (!launched) return deny('Experiment has not been launched yet.');
      return experiment.feature_flag
        ? ALLOWED
        : deny('Experiment does not have a linked feature flag.');
    case 'archive':
      if (experiment.archived) return deny('Experiment is already archived.');
      return ended ? ALLOWED : deny('Experiment must be ended before it can be archived.');
    case 'unarchive':
      return experiment.archived ? ALLOWED : deny('Experiment is not archived.');
    case 'reset':
      return launched ? ALLOWED : deny('Experiment is already in draft state.');
    case 'duplicate':
      return usesLegacyMetrics(experiment) ? deny(LEGACY_DUPLICATE_MESSAGE) : ALLOWED;
    case 'delete':
      return ALLOWED;
  }
}

/** Whether `action` may run now; a viewer may do nothing but duplicate is still a write, so it is refused too. */
export function lifecyclePermission(
  action: LifecycleAction,
  experiment: LifecycleInput,
): Permission {
  if (!canEdit(experiment)) return deny(VIEWER_ONLY_REASON);
  return stateRule(action, experiment);
}

export function lifecyclePermissions(
  experiment: LifecycleInput,
): Record<LifecycleAction, Permission> {
  return Object.fromEntries(
    LIFECYCLE_ACTIONS.map((action) => [action, lifecyclePermission(action, experiment)]),
  ) as Record<LifecycleAction, Permission>;
}
