import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RecentlyDeletedList } from '@/features/experiments/components/delete/recently-deleted-list';
import { BackToExperiments } from './back-to-experiments';

/** /experiments/deleted: what this browser deleted lately, each with Restore. */
export function RecentlyDeletedRoute() {
  return (
    <Stack spacing={2}>
      <title>Recently deleted · Experiment Console</title>
      <BackToExperiments />
      <Typography variant="h4" component="h1">
        Recently deleted
      </Typography>
      <RecentlyDeletedList />
    </Stack>
  );
}
