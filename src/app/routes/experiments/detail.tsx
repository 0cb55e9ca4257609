import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { paths, parseExperimentId } from '@/lib/paths';
import { NotFoundPage } from '@/app/routes/not-found';
import { useExperiment } from '@/features/experiments/api/get-experiment';
import { ExperimentDetails } from '@/features/experiments/components/experiment-details';

/** The tab title names the experiment once it is known (the query is shared with the page, not refetched). */
function ExperimentTitle({ id }: { id: number }) {
  const { data, isError } = useExperiment(id);
  if (isError) return null;
  return <title>{`${data?.name ?? 'Experiment'} · Experiment Console`}</title>;
}

export function ExperimentRoute() {
  const id = parseExperimentId(useParams().id);
  if (id === null) return <NotFoundPage />;
  return (
    <Stack spacing={2}>
      <ExperimentTitle id={id} />
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
      {/* key: a different id is a different page; never show one experiment's state on another. */}
      <ExperimentDetails key={id} id={id} notFound={<NotFoundPage />} />
    </Stack>
  );
}
