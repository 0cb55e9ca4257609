import { canEdit, VIEWER_ONLY_REASON, type Experiment, type Permission } from '@/shared';
import type { AttentionAction, AttentionReason } from '@/shared/rules/attention';
import { paths } from '@/lib/paths';

/** A link to the place that resolves a reason, or the one action done right here (turning a flag off). */
export type OfferedAction =
  { kind: 'link'; label: string; href: string } | { kind: 'turn_flag_off'; label: string };

const onPage = (id: number, action: string) => `${paths.experiment.getHref(id)}?action=${action}`;

/**
 * What resolves each reason, and where: the experiment page opens the named dialog for `?action=` (or says
 * why it cannot), a missing metric is added in the editor, a live flag is turned off from the list itself.
 */
const ACTIONS: Record<AttentionAction, (id: number) => OfferedAction[]> = {
  turn_flag_off: () => [{ kind: 'turn_flag_off', label: 'Turn flag off' }],
  record_conclusion: (id) => [
    { kind: 'link', label: 'Record conclusion', href: onPage(id, 'conclude') },
  ],
  resume_or_end: (id) => [
    { kind: 'link', label: 'Resume', href: onPage(id, 'resume') },
    { kind: 'link', label: 'End experiment', href: onPage(id, 'end') },
  ],
  end: (id) => [{ kind: 'link', label: 'End experiment', href: onPage(id, 'end') }],
  add_metric: (id) => [
    { kind: 'link', label: 'Add a primary metric', href: paths.editExperiment.getHref(id) },
  ],
  // Archiving needs an ended experiment, so a stale draft is launched or deleted: both are on its page.
  launch: (id) => [{ kind: 'link', label: 'Launch or delete', href: paths.experiment.getHref(id) }],
};

/** One action per reason (two for a long pause: resume or end), most urgent reason first, never twice. */
export function offeredActions(
  experiment: Experiment,
  reasons: AttentionReason[],
): OfferedAction[] {
  const seen = new Set<string>();
  return reasons
    .flatMap((reason) => ACTIONS[reason.action](experiment.id))
    .filter((action) => {
      if (seen.has(action.label)) return false;
      seen.add(action.label);
      return true;
    });
}

/**
 * Every action here writes to the experiment (or its flag), so a viewer is refused up front with PostHog's
 * reason instead of being sent to a read-only editor or a dialog that fails.
 */
export function attentionPermission(experiment: Experiment): Permission {
  return canEdit(experiment) ? { allowed: true } : { allowed: false, reason: VIEWER_ONLY_REASON };
}
