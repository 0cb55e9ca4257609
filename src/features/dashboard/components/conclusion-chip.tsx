import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { experimentStatus, type Experiment } from '@/shared';
import { CONCLUSION_LABELS, conclusionLabel } from '@/features/experiments/utils/conclusion-labels';

/** The recorded outcome as a chip; its comment (or what the outcome means) on hover and on focus. */
export function ConclusionChip({ experiment }: { experiment: Experiment }) {
  const { conclusion, conclusion_comment: comment } = experiment;
  if (!conclusion) {
    // Ended without a verdict is worth seeing in the table, not only under "Needs attention".
    return experimentStatus(experiment) === 'stopped' ? (
      <Typography variant="caption" color="text.secondary" noWrap component="div">
        Not recorded
      </Typography>
    ) : null;
  }
  const meaning = CONCLUSION_LABELS[conclusion as keyof typeof CONCLUSION_LABELS]?.description;
  return (
    <Tooltip title={comment || meaning || ''} describeChild>
      {/* Focusable so keyboard users can read the comment too. */}
      <Chip
        label={conclusionLabel(conclusion)}
        size="small"
        variant="outlined"
        tabIndex={0}
        sx={{ maxWidth: '100%' }}
      />
    </Tooltip>
  );
}
