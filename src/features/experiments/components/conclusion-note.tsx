import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { conclusionLabel } from '../utils/conclusion-labels';

/** The recorded outcome, with the author's comment when there is one. */
export function ConclusionNote({ experiment }: { experiment: Experiment }) {
  if (!experiment.conclusion) return null;
  return (
    <Alert severity="info" variant="outlined" icon={false}>
      <AlertTitle>Conclusion: {conclusionLabel(experiment.conclusion)}</AlertTitle>
      {experiment.conclusion_comment ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {experiment.conclusion_comment}
        </Typography>
      ) : (
        <Typography variant="body2">No comment was recorded.</Typography>
      )}
    </Alert>
  );
}
