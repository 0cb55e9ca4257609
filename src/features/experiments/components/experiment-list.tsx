import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ErrorState } from '@/lib/ui/error-state';
import { useExperiments } from '../api/get-experiments';
import { ExperimentsEmpty } from './experiments-empty';
import { ExperimentsTable } from './experiments-table';
import { PAGE_SIZES } from '../utils/paging';

interface ExperimentListProps {
  /** Zero-based. */
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  /** Routes belong to the app, so it tells the feature where a row and "create" lead. */
  getDetailHref: (id: number) => string;
  createAction?: ReactNode;
}

// MUI refuses a page past the end; the table body already says so and offers the first page.
function lastPage(count: number, pageSize: number): number {
  return Math.max(0, Math.ceil(count / pageSize) - 1);
}

export function ExperimentList(props: ExperimentListProps) {
  const { page, pageSize, onPageChange, onPageSizeChange, getDetailHref, createAction } = props;
  const query = useExperiments({ limit: pageSize, offset: page * pageSize });

  const errorState = query.isError && (
    <ErrorState
      title="Could not load experiments"
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
  // A failed refresh keeps the rows already loaded on screen, under the error.
  if (query.isError && !query.data) return errorState;
  if (query.data?.count === 0) {
    return (
      <Paper variant="outlined">
        <ExperimentsEmpty action={createAction} />
      </Paper>
    );
  }

  const pastTheEnd = (
    <Typography sx={{ py: 2 }}>
      This page is past the end of the list.{' '}
      <Button onClick={() => onPageChange(0)}>Go to the first page</Button>
    </Typography>
  );
  return (
    <Stack spacing={2}>
      {errorState}
      <Paper variant="outlined">
        {/* Keeps its height so the table does not jump when a page change starts loading. */}
        <LinearProgress
          aria-label="Loading experiments"
          sx={{ visibility: query.isPlaceholderData ? 'visible' : 'hidden' }}
        />
        {/* Focusable so keyboard users can scroll the table sideways on narrow screens. */}
        <TableContainer tabIndex={0} role="region" aria-label="Experiments table">
          <ExperimentsTable
            experiments={query.data?.results}
            getDetailHref={getDetailHref}
            emptyRow={pastTheEnd}
          />
        </TableContainer>
        {query.data && (
          <TablePagination
            component="div"
            count={query.data.count}
            page={Math.min(page, lastPage(query.data.count, pageSize))}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_, next) => onPageChange(next)}
            onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
          />
        )}
      </Paper>
    </Stack>
  );
}
