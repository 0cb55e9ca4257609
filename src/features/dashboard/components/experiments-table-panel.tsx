import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/lib/ui/error-state';
import type { ExperimentPage } from '@/features/experiments/api/get-experiments';
import { ExperimentsEmpty } from '@/features/experiments/components/experiments-empty';
import { PAGE_SIZES } from '@/features/experiments/utils/paging';
import type { ViewUpdate } from '../hooks/use-dashboard-view';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import { DASHBOARD_COLUMNS, TABLE_MIN_WIDTH } from '../utils/dashboard-columns';
import { hasFilters, nextSort, type DashboardView } from '../utils/dashboard-view';
import { DashboardRow } from './dashboard-row';
import { DashboardTableHead } from './dashboard-table-head';
import { NoMatches } from './no-matches';
import { SkeletonRows } from './skeleton-rows';

interface ExperimentsTablePanelProps {
  view: DashboardView;
  update: (patch: ViewUpdate) => void;
  clearFilters: () => void;
  query: UseQueryResult<ExperimentPage>;
  actions: RowActions;
  busyIds: number[];
  notify: (notice: NoticeInput) => void;
  createAction?: ReactNode;
}

// MUI refuses a page past the end; the table body says so and offers the first page instead.
const lastPage = (count: number, pageSize: number) => Math.max(0, Math.ceil(count / pageSize) - 1);

export function ExperimentsTablePanel(props: ExperimentsTablePanelProps) {
  const { view, update, clearFilters, query, actions, busyIds, notify, createAction } = props;
  const { data, isError, isFetching, isPlaceholderData } = query;
  const errorState = isError && (
    <Box sx={{ p: 2 }}>
      <ErrorState
        title="Could not load experiments"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={isFetching}
      />
    </Box>
  );
  // Only a first load without data shows the error alone; a failed refresh keeps the rows under it.
  if (isError && !data) return errorState;
  const progress = (
    <LinearProgress
      aria-label="Loading experiments"
      sx={{ visibility: data && isFetching ? 'visible' : 'hidden' }}
    />
  );
  if (data?.count === 0) {
    return (
      <>
        {progress}
        {hasFilters(view) ? (
          <NoMatches search={view.search} archived={view.archived} onClear={clearFilters} />
        ) : (
          <ExperimentsEmpty action={createAction} />
        )}
      </>
    );
  }
  return (
    <>
      {errorState}
      {progress}
      {/* Focusable so keyboard users can scroll the table sideways on narrow screens. */}
      <TableContainer tabIndex={0} role="region" aria-label="Experiments table">
        <Table
          size="small"
          aria-label="Experiments"
          aria-busy={!data || isPlaceholderData}
          sx={{
            tableLayout: 'fixed',
            minWidth: TABLE_MIN_WIDTH,
            opacity: isPlaceholderData ? 0.7 : 1,
            // Eleven columns: tighter cell padding keeps dates and names on one line.
            '& .MuiTableCell-root': { px: 1 },
            '& .MuiTableCell-root:first-of-type': { pl: 2 },
          }}
        >
          <DashboardTableHead
            sort={view.sort}
            onSort={(field) => update({ sort: nextSort(view.sort, field) })}
          />
          <TableBody>
            {!data && <SkeletonRows count={Math.min(view.pageSize, 10)} />}
            {data?.results.map((experiment) => (
              <DashboardRow
                key={experiment.id}
                experiment={experiment}
                // "Now" is when this page was read, so day counts agree with the data they describe.
                readAt={query.dataUpdatedAt}
                actions={actions}
                notify={notify}
                busy={busyIds.includes(experiment.id)}
              />
            ))}
            {data && data.results.length === 0 && (
              <TableRow>
                <TableCell colSpan={DASHBOARD_COLUMNS.length} sx={{ py: 2 }}>
                  This page is past the end of the list.{' '}
                  <Button onClick={() => update({ page: 0 })}>Go to the first page</Button>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {data && (
        <TablePagination
          component="div"
          count={data.count}
          page={Math.min(view.page, lastPage(data.count, view.pageSize))}
          rowsPerPage={view.pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_event, page) => update({ page })}
          onRowsPerPageChange={(event) => update({ pageSize: Number(event.target.value) })}
        />
      )}
    </>
  );
}
