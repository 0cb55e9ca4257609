import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '@/lib/paths';
import { ExperimentList } from '@/features/experiments/components/experiment-list';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/features/experiments/utils/paging';

/** The page lives in the URL (?page=2&page_size=50) so a shared link opens the same view. */
function readPaging(params: URLSearchParams) {
  const size = Number(params.get('page_size'));
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  const page = Number(params.get('page'));
  return { page: Number.isInteger(page) && page > 1 ? page - 1 : 0, pageSize };
}

export function ExperimentsRoute() {
  const [params, setParams] = useSearchParams();
  const { page, pageSize } = readPaging(params);

  const update = (next: { page: number; pageSize: number }) => {
    const search = new URLSearchParams(params);
    if (next.page > 0) search.set('page', String(next.page + 1));
    else search.delete('page');
    if (next.pageSize !== DEFAULT_PAGE_SIZE) search.set('page_size', String(next.pageSize));
    else search.delete('page_size');
    setParams(search);
  };

  const createButton = (
    <Button
      component={RouterLink}
      to={paths.newExperiment.getHref()}
      variant="contained"
      startIcon={<Add />}
      sx={{ whiteSpace: 'nowrap' }}
    >
      New experiment
    </Button>
  );
  return (
    <Stack spacing={3}>
      <title>Experiments · Experiment Console</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1">
          Experiments
        </Typography>
        {createButton}
      </Stack>
      <ExperimentList
        page={page}
        pageSize={pageSize}
        onPageChange={(next) => update({ page: next, pageSize })}
        // A new page size changes what "page 3" means, so start again from the first page.
        onPageSizeChange={(size) => update({ page: 0, pageSize: size })}
        getDetailHref={paths.experiment.getHref}
        createAction={createButton}
      />
    </Stack>
  );
}
