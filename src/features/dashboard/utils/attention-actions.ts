import type { AttentionAction } from '@/shared/rules/attention';
import { paths } from '@/lib/paths';

/**
 * The one action that resolves each reason, and where it happens. The experiment page opens its conclusion
 * form for `?action=conclude`; a missing metric is added in the editor.
 */
export const ATTENTION_ACTIONS: Record<
  AttentionAction,
  { label: string; href: (id: number) => string }
> = {
  record_conclusion: {
    label: 'Record conclusion',
    href: (id) => `${paths.experiment.getHref(id)}?action=conclude`,
  },
  resume_or_end: { label: 'Resume or end', href: paths.experiment.getHref },
  end: { label: 'End experiment', href: paths.experiment.getHref },
  add_metric: { label: 'Add a primary metric', href: paths.editExperiment.getHref },
  // Archiving needs an ended experiment, so a stale draft is launched or deleted.
  launch: { label: 'Launch or delete', href: paths.experiment.getHref },
};
