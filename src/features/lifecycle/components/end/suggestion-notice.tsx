import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { ConclusionSuggestion } from '@/shared';
import { CONCLUSION_OPTIONS } from '@/features/experiments/utils/conclusion-options';
import { preselects } from './use-preselect-suggestion';

export interface Preselected {
  /** The suggested conclusion is the one chosen, and the person has not picked it themselves. */
  conclusion: boolean;
  /** The suggested variant waits in "Variant to ship" (shipping itself stays the person's call). */
  variant: boolean;
}

/** "Suggested: Won — test beats control on …", and what of it was filled in below for the PM to confirm. */
export function SuggestionNotice({
  suggestion,
  preselected,
}: {
  suggestion: ConclusionSuggestion;
  preselected: Preselected;
}) {
  const label = CONCLUSION_OPTIONS[suggestion.conclusion].label;
  return (
    <Alert severity="info" role="status" aria-label="Suggested conclusion">
      <Typography variant="body2">
        <strong>Suggested: {label}</strong> — {suggestion.reason}.
      </Typography>
      {!preselects(suggestion) && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          Not pre-selected: without statistics, whether it stopped early or its data cannot be
          trusted is for you to say.
        </Typography>
      )}
      {(preselected.conclusion || preselected.variant) && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {preselected.conclusion &&
            `${label} is pre-selected below; change it if you read the results differently. `}
          {preselected.variant &&
            `${suggestion.variantToShip} is ready as the variant to ship if you tick “Also ship a variant”.`}
        </Typography>
      )}
    </Alert>
  );
}
