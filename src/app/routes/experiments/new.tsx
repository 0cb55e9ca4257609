import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/lib/paths';
import { ExperimentEditor } from '@/features/editor/components/experiment-editor';

export function NewExperimentRoute() {
  return (
    <Stack spacing={2}>
      <title>New experiment · Experiment Console</title>
      <div>
        <Button
          component={RouterLink}
          to={paths.experiments.getHref()}
          startIcon={<ArrowBack />}
          size="small"
        >
          All experiments
        </Button>
      </div>
      <ExperimentEditor />
    </Stack>
  );
}
