import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';
import { ExperimentsDashboard } from '@/features/dashboard/components/experiments-dashboard';

/** /experiments: the page a PM opens every morning. The view (filters, sort, page) lives in the URL. */
export function ExperimentsRoute() {
  const createButton = (
    <Button
      component={RouterLink}
      to={paths.newExperiment.getHref()}
      variant="contained"
      startIcon={<Add />}
      sx={{ whiteSpace: 'nowrap' }}
    >
      New experiment
    </Button>
  );
  return (
    <Stack spacing={3}>
      <title>Experiments · Experiment Console</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1">
          Experiments
        </Typography>
        {createButton}
      </Stack>
      <ExperimentsDashboard createAction={createButton} />
    </Stack>
  );
}
