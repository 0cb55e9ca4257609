import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { MarkdownText } from '@/lib/markdown/markdown-text';
import { conclusionHistory, shippedVariantKey, type Experiment } from '@/shared';
import { useExperimentActivity } from '@/features/experiments/api/get-activity';
import { conclusionOption } from '@/features/experiments/utils/conclusion-options';
import { ConclusionToneChip } from '@/features/experiments/components/conclusion-tone-chip';
import { ConclusionAuthors } from './conclusion-authors';
import { ResultsAtEnd } from './results-at-end';

/**
 * The recorded result of an ended experiment and who ended it when. The header's "Edit conclusion"
 * revises it (one button, so a screen reader does not hear two with the same name).
 */
export function ConclusionCard({ experiment }: { experiment: Experiment }) {
  const headingId = useId();
  const activity = useExperimentActivity(experiment.id);
  const history = conclusionHistory(activity.data ?? []);
  const option = conclusionOption(experiment.conclusion);
  const shipped = shippedVariantKey(experiment.feature_flag);

  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2.5 }}>
      <Stack spacing={1.5}>
        <Typography id={headingId} variant="h6" component="h2">
          Conclusion
        </Typography>
        {option ? (
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <ConclusionToneChip option={option} />
            <Typography variant="body2" color="text.secondary">
              {option.description}
            </Typography>
          </Stack>
        ) : (
          <Typography>
            {experiment.conclusion
              ? `Result: ${experiment.conclusion}`
              : 'No conclusion recorded yet. Record what the experiment showed so others can learn from it.'}
          </Typography>
        )}
        {experiment.conclusion_comment ? (
          <MarkdownText source={experiment.conclusion_comment} />
        ) : (
          option && <Typography color="text.secondary">No comment was recorded.</Typography>
        )}
        {shipped && (
          <Typography variant="body2">
            Shipped variant: <code>{shipped}</code>, served to 100 % of users.
          </Typography>
        )}
        <ConclusionAuthors experiment={experiment} history={history} loading={activity.isPending} />
        <ResultsAtEnd experiment={experiment} />
      </Stack>
    </Paper>
  );
}
