import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { isNotFoundError } from '@/lib/api-error';
import { ErrorState } from '@/lib/ui/error-state';
import { useExperiment } from '../api/get-experiment';
import { ExperimentDetailSkeleton } from './experiment-detail-skeleton';
import { ExperimentOverview } from './experiment-overview';

interface ExperimentDetailsProps {
  id: number;
  /** What to show when the experiment does not exist (the app's 404 page). */
  notFound: ReactNode;
}

export function ExperimentDetails({ id, notFound }: ExperimentDetailsProps) {
  const query = useExperiment(id);
  if (isNotFoundError(query.error)) return notFound;
  const errorState = query.isError && (
    <ErrorState
      title="Could not load this experiment"
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
  if (!query.data) return errorState || <ExperimentDetailSkeleton />;
  // A failed refresh keeps what was already loaded on screen, under the error.
  return (
    <Stack spacing={2}>
      {errorState}
      <ExperimentOverview experiment={query.data} />
    </Stack>
  );
}
