import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { isNotFoundError } from '@/lib/api-error';
import { ErrorState } from '@/lib/ui/error-state';
import { useExperiment } from '@/features/experiments/api/get-experiment';
import { ExperimentDetailSkeleton } from '@/features/experiments/components/experiment-detail-skeleton';
import { ExperimentView, type ExperimentViewProps } from './experiment-view';

type LoadedExperimentProps = Omit<ExperimentViewProps, 'experiment'> & {
  id: number;
  notFound: ReactNode;
};

/** Loading, not found and load errors; a failed refresh keeps the loaded page under the error. */
export function LoadedExperiment({ id, notFound, ...viewProps }: LoadedExperimentProps) {
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
  return (
    <Stack spacing={2}>
      {errorState}
      <ExperimentView experiment={query.data} {...viewProps} />
    </Stack>
  );
}
