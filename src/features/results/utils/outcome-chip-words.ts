import type { VariantOutcome } from '@/shared';
import type { ChipTone } from '@/features/experiments/components/tone-chip';

/**
 * A variant's standing for its metric's goal, the same words and tone wherever it is shown (the results
 * table, the End dialog, the conclusion card, the dashboard): the words carry it, the colour only repeats
 * it, and "better" may be a drop when the goal is to decrease.
 */
export const OUTCOME_CHIP: Record<VariantOutcome, { label: string; tone: ChipTone }> = {
  better: { label: 'Significantly better', tone: 'success' },
  worse: { label: 'Significantly worse', tone: 'error' },
  none: { label: 'Not significant', tone: 'neutral' },
};
