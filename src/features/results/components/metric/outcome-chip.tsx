import TrendingDown from '@mui/icons-material/TrendingDown';
import TrendingUp from '@mui/icons-material/TrendingUp';
import { ToneChip } from '@/features/experiments/components/tone-chip';
import type { VariantOutcome } from '@/shared';
import { OUTCOME_CHIP } from '../../utils/outcome-chip-words';

/**
 * A significant result, in words as well as colour. The arrow shows the direction of the change; the word
 * says whether that is good for the metric's goal.
 */
export function OutcomeChip({ outcome, up }: { outcome: VariantOutcome; up: boolean }) {
  if (outcome === 'none') return null;
  const Icon = up ? TrendingUp : TrendingDown;
  const { label, tone } = OUTCOME_CHIP[outcome];
  return (
    <ToneChip
      tone={tone}
      icon={<Icon fontSize="small" aria-hidden="true" style={{ color: 'inherit' }} />}
      label={label}
    />
  );
}
