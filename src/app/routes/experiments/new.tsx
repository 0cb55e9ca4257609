import Stack from '@mui/material/Stack';
import { ExperimentEditor } from '@/features/editor/components/experiment-editor';
import { BackToExperiments } from './back-to-experiments';

export function NewExperimentRoute() {
  return (
    <Stack spacing={2}>
      <title>New experiment · Experiment Console</title>
      <BackToExperiments />
      <ExperimentEditor />
    </Stack>
  );
}
