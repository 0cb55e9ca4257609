import type { ComponentProps } from 'react';
import type { ConclusionOption } from '../utils/conclusion-options';
import { ToneChip } from './tone-chip';

/**
 * The result as a coloured label, the same on the dashboard and the experiment page. Other props (a
 * Tooltip's handlers, tabIndex) pass through.
 */
export function ConclusionToneChip({
  option,
  ...chipProps
}: { option: ConclusionOption } & Omit<ComponentProps<typeof ToneChip>, 'tone' | 'label'>) {
  return (
    <ToneChip
      {...chipProps}
      tone={option.color}
      label={option.label}
      data-conclusion={option.value}
    />
  );
}
