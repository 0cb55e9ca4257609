import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from '@/lib/navigation/router';
import { canEdit, type Experiment } from '@/shared';
import { paths } from '@/lib/paths';

/** A draft: nothing to show yet, and why. */
export function ResultsNotLaunched() {
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography component="h2" variant="h6" gutterBottom>
        No results yet
      </Typography>
      <Typography color="text.secondary">
        Results appear once the experiment is launched: from then on, every person the flag puts in
        a variant is counted, and each metric compares the variants.
      </Typography>
    </Paper>
  );
}

/** Launched without metrics: exposures are counted, but there is nothing to compare. */
export function NoMetrics({ experiment }: { experiment: Experiment }) {
  const editable = canEdit(experiment);
  return (
    <Alert
      severity="info"
      action={
        editable ? (
          <Button
            component={RouterLink}
            to={paths.editExperiment.getHref(experiment.id)}
            color="inherit"
            size="small"
            sx={{ whiteSpace: 'nowrap' }}
          >
            Add a metric
          </Button>
        ) : undefined
      }
    >
      This experiment has no metrics, so there is nothing to compare yet.{' '}
      {editable
        ? 'Add one in the editor (Metrics); its results cover the whole run, from the launch on.'
        : 'Ask an editor to add one.'}
    </Alert>
  );
}
