import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { StatusBadge } from '@/features/experiments/components/status-badge';

/** The page's h1: "New experiment", or the experiment's saved name with its status. */
export function EditorHeader({ experiment }: { experiment: Experiment | undefined }) {
  if (!experiment) {
    return (
      <Typography variant="h4" component="h1">
        New experiment
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
        Edit experiment
      </Typography>
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {experiment.name}
        </Typography>
        <StatusBadge experiment={experiment} />
      </Stack>
    </Stack>
  );
}
