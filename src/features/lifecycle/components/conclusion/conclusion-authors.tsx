import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ConclusionHistory, Experiment } from '@/shared';
import { DateText } from '@/features/experiments/components/date-text';
import { actorName } from '../../utils/actor-name';

interface ConclusionAuthorsProps {
  experiment: Experiment;
  history: ConclusionHistory;
  loading: boolean;
}

/** "Ended by Ada on 3 Mar 2026" from the 'ended' log entry; just the end date if the log has none. */
export function ConclusionAuthors({ experiment, history, loading }: ConclusionAuthorsProps) {
  if (loading) return <Skeleton variant="text" width="50%" />;
  const { ended, lastEdit } = history;
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {ended ? `Ended by ${actorName(ended.user)} on ` : 'Ended on '}
        <DateText iso={ended?.created_at ?? experiment.end_date} fallback="an unknown date" />.
      </Typography>
      {lastEdit && (
        <Typography variant="body2" color="text.secondary">
          Conclusion last edited by {actorName(lastEdit.user)} on{' '}
          <DateText iso={lastEdit.created_at} fallback="an unknown date" />.
        </Typography>
      )}
    </>
  );
}
