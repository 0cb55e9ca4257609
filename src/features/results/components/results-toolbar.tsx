import Refresh from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ProgressBar } from '@/lib/ui/progress-bar';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import { computedAgo, oldestRefresh } from '../utils/computed-ago';

interface ResultsToolbarProps {
  /** Every result on the page: when each was computed and whether it is being fetched. */
  results: { lastRefresh: string | null | undefined; isFetching: boolean }[];
  onRefresh: () => Promise<void>;
}

const MINUTE = 60_000;

/**
 * The clock, ticking every half minute so "computed N minutes ago" is never more than 30 s behind while
 * the page is open.
 */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE / 2);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** How fresh the results are, and a way to have them computed again, with progress while that runs. */
export function ResultsToolbar({ results, onRefresh }: ResultsToolbarProps) {
  const now = useNow();
  const statusId = useId();
  const [refreshing, setRefreshing] = useState(false);
  const done = results.filter((r) => !r.isFetching).length;
  const age = computedAgo(oldestRefresh(results.map((r) => r.lastRefresh)), now);
  const refresh = () => {
    setRefreshing(true);
    void onRefresh().finally(() => setRefreshing(false));
  };
  return (
    <Box>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'flex-end',
          gap: 2,
        }}
      >
        <Typography id={statusId} variant="body2" color="text.secondary">
          {refreshing
            ? `Computing again… ${done} of ${results.length} done`
            : (age ?? 'Not computed yet')}
        </Typography>
        {/* Announces the refresh, not the clock: "N minutes ago" changing each minute would be noise. */}
        <Box role="status" sx={visuallyHidden}>
          {refreshing ? 'Computing the results again…' : ''}
        </Box>
        <Button
          variant="outlined"
          size="small"
          startIcon={<Refresh />}
          onClick={refresh}
          loading={refreshing}
          loadingPosition="start"
          aria-describedby={statusId}
        >
          Refresh
        </Button>
      </Box>
      {refreshing && (
        <ProgressBar
          value={(done / Math.max(1, results.length)) * 100}
          aria-label="Refresh progress"
          sx={{ mt: 1 }}
        />
      )}
    </Box>
  );
}
