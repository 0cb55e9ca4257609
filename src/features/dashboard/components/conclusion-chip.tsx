import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import { experimentStatus, type Experiment } from '@/shared';
import { ConclusionToneChip } from '@/features/experiments/components/conclusion-tone-chip';
import { conclusionOption } from '@/features/experiments/utils/conclusion-options';
import { markdownToPlainText } from '@/lib/markdown/parse-markdown';

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
  const option = conclusionOption(conclusion);
  // A value PostHog adds later still shows, as its raw word.
  if (!option) return <Typography variant="caption">{conclusion}</Typography>;
  return (
    <Tooltip title={comment ? markdownToPlainText(comment) : option.description} describeChild>
      {/* Focusable so keyboard users can read the comment too. */}
      <ConclusionToneChip option={option} tabIndex={0} />
    </Tooltip>
  );
}
