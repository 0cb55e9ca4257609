import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/lib/paths';
import { RecentlyDeletedList } from '@/features/experiments/components/delete/recently-deleted-list';

/** /experiments/deleted: what this browser deleted lately, each with Restore. */
export function RecentlyDeletedRoute() {
  return (
    <Stack spacing={2}>
      <title>Recently deleted · Experiment Console</title>
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
      <Typography variant="h4" component="h1">
        Recently deleted
      </Typography>
      <RecentlyDeletedList />
    </Stack>
  );
}
