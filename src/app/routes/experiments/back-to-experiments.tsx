import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';

/** The way back to the dashboard, above every page that is not the dashboard. */
export function BackToExperiments() {
  return (
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
  );
}
