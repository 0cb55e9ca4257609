import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '@/lib/ui/error-state';
import { useExperimentActivity } from '@/features/experiments/api/get-activity';
import { ActivityEntryItem } from './activity-entry-item';

/** Who changed what and when, newest first, every write including pause and resume. */
export function HistoryTab({ experimentId }: { experimentId: number }) {
  const activity = useExperimentActivity(experimentId);
  if (activity.isPending) {
    return (
      <Stack spacing={1} aria-busy="true" aria-label="Loading history">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} variant="rounded" height={56} />
        ))}
      </Stack>
    );
  }
  if (activity.isError && !activity.data) {
    return (
      <ErrorState
        title="Could not load the history"
        error={activity.error}
        onRetry={() => void activity.refetch()}
        retrying={activity.isFetching}
      />
    );
  }
  const entries = activity.data ?? [];
  if (entries.length === 0)
    return <Typography color="text.secondary">No history recorded yet.</Typography>;
  return (
    <Stack spacing={1}>
      <Box component="ol" aria-label="History, newest first" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {entries.map((entry) => (
          <ActivityEntryItem key={entry.id} entry={entry} />
        ))}
      </Box>
      {activity.hasNextPage && (
        <div>
          <Button
            onClick={() => void activity.fetchNextPage()}
            loading={activity.isFetchingNextPage}
          >
            Show older entries
          </Button>
        </div>
      )}
    </Stack>
  );
}
