import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from '@/lib/navigation/router';
import { useParams } from '@/lib/navigation/router-hooks';
import { errorMessage, isApiError, isNotFoundError } from '@/lib/api-error';
import { parseExperimentId, paths } from '@/lib/paths';
import { ErrorState } from '@/lib/ui/error-state';
import { NotFoundPage } from '@/app/routes/not-found';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import { EditorSkeleton } from '@/features/editor/components/editor-skeleton';
import { ExperimentEditor } from '@/features/editor/components/experiment-editor';

/**
 * The form starts from a fresh copy of the experiment (never a cached list row), so what it sends as
 * "changed" is measured against what the server holds now.
 */
function EditExperimentPage({ id }: { id: number }) {
  const query = useQuery({
    ...experimentQueryOptions(id),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  if (isNotFoundError(query.error)) return <NotFoundPage />;
  if (isApiError(query.error) && query.error.status === 403) {
    return (
      <Alert severity="error">
        <AlertTitle>You don’t have access to this experiment</AlertTitle>
        The server refused to show it (“{errorMessage(query.error)}”). Ask an admin of this project
        for access.
      </Alert>
    );
  }
  // A failed refetch (e.g. the save's conflict check while the server is down) must not replace a form
  // that is on screen with what the person typed: only a first load that failed shows the error page.
  if (query.isError && !query.data) {
    return (
      <ErrorState
        title="Could not load this experiment"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data || !query.isFetchedAfterMount) return <EditorSkeleton />;
  return (
    <>
      <title>{`Edit ${query.data.name} · Experiment Console`}</title>
      <ExperimentEditor experiment={query.data} />
    </>
  );
}

export function EditExperimentRoute() {
  const id = parseExperimentId(useParams().id);
  if (id === null) return <NotFoundPage />;
  return (
    <Stack spacing={2}>
      <div>
        <Button
          component={RouterLink}
          to={paths.experiment.getHref(id)}
          startIcon={<ArrowBack />}
          size="small"
        >
          Experiment page
        </Button>
      </div>
      {/* key: a different id is a different form; never carry one experiment's edits to another. */}
      <EditExperimentPage key={id} id={id} />
    </Stack>
  );
}
