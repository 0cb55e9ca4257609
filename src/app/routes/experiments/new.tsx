import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/lib/paths';

/** Honest placeholder until the editor lands: no form that would pretend to save. */
export function NewExperimentRoute() {
  return (
    <Stack spacing={3} sx={{ maxWidth: 720 }}>
      <title>New experiment · Experiment Console</title>
      <Typography variant="h4" component="h1">
        New experiment
      </Typography>
      <Alert severity="info">
        The experiment editor is coming soon. Until then, experiments can be created in PostHog or
        through the API, and they appear in the list here.
      </Alert>
      <div>
        <Button component={RouterLink} to={paths.experiments.getHref()} startIcon={<ArrowBack />}>
          Back to experiments
        </Button>
      </div>
    </Stack>
  );
}
