import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '@/lib/ui/error-state';
import Alert from '@mui/material/Alert';
import type { Experiment } from '@/shared';
import { useExperimentActivity, useFlagActivity } from '@/features/experiments/api/get-activity';
import { ActivityEntryItem } from './activity-entry-item';
import { mergeHistory } from './merge-history';

/**
 * Who changed what and when, newest first, every write including pause and resume, and the flag's own
 * switches (from this page, another experiment on the same flag, or PostHog).
 */
export function HistoryTab({ experiment }: { experiment: Experiment }) {
  const activity = useExperimentActivity(experiment.id);
  const flagActivity = useFlagActivity(experiment);
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
  const entries = mergeHistory(activity.data ?? [], flagActivity.data ?? [], activity.hasNextPage);
  if (entries.length === 0)
    return <Typography color="text.secondary">No history recorded yet.</Typography>;
  return (
    <Stack spacing={1}>
      {flagActivity.isError && (
        <Alert severity="warning">
          The feature flag’s own history could not be loaded, so switches made to it outside this
          experiment are missing here.
        </Alert>
      )}
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
