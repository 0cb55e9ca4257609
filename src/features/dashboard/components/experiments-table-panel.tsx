import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ProgressBar } from '@/lib/ui/progress-bar';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/lib/ui/error-state';
import type { ExperimentListParams } from '@/features/experiments/api/experiment-keys';
import type { ExperimentPage } from '@/features/experiments/api/get-experiments';
import { ExperimentsEmpty } from '@/features/experiments/components/experiments-empty';
import { PAGE_SIZES } from '@/features/experiments/utils/paging';
import { useFlagKeyMatches } from '../api/get-flag-key-matches';
import { listFilters } from '../api/list-filters';
import { useListLayout } from '../hooks/use-list-layout';
import { useReadAt } from '../hooks/use-read-at';
import { useCreatorFilter } from '../hooks/use-creator-filter';
import { useRowSelection } from '../hooks/use-row-selection';
import type { ViewUpdate } from '../hooks/use-dashboard-view';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import { visibleColumns } from '../utils/dashboard-columns';
import { hasFilters, nextSort, type DashboardView } from '../utils/dashboard-view';
import { ExperimentsTable } from './experiments-table';
import { dashboardPageParams } from '../api/dashboard-page-params';
import { ListPagination } from './list-pagination';
import { LazyBulkBar, LazyCardSort, LazyExperimentCards, LazyFlagKeyMatches } from './lazy-parts';
import { NoMatches } from './no-matches';

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

const LABEL = 'Experiments';

/** The list's filters and order without its paging: "select all matching" reads every page. */
const wholeList = ({ limit: _limit, offset: _offset, ...params }: ExperimentListParams) => params;

export function ExperimentsTablePanel(props: ExperimentsTablePanelProps) {
  const { view, update, clearFilters, query, actions, busyIds, notify, createAction } = props;
  const { data, isError, isFetching, isPlaceholderData } = query;
  const readAt = useReadAt(query.dataUpdatedAt);
  const { cards, wide } = useListLayout();
  const columns = visibleColumns(view.tab, wide);
  const creator = useCreatorFilter(view.creator);
  // A selection belongs to one set of filters; paging and sorting keep it.
  const selection = useRowSelection(
    [view.tab, view.search, view.creator, view.archived].join('|'),
    data?.results,
  );
  const status = view.tab === 'all' || view.tab === 'attention' ? undefined : view.tab;
  // Name matches first; the flag-key lookup follows once they are on screen.
  const flagMatches = useFlagKeyMatches(
    {
      ...listFilters({
        search: view.search,
        created_by_id: creator.createdById,
        archived: view.archived,
      }),
      search: view.search,
      ...(status ? { status } : {}),
    },
    creator.ready && !query.isPending,
  );
  const rowProps = { actions, busyIds, notify };
  const flagSection = view.search && (
    <LazyFlagKeyMatches
      {...rowProps}
      search={view.search}
      query={flagMatches}
      cards={cards}
      columns={columns}
    />
  );
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
  // First in every state below, so React keeps the same bar (and the batch dialog it holds) when the
  // selected rows have just left the list (archived, deleted) and the list turns empty.
  const bulkBar = !cards && selection.selected.size > 0 && (
    <LazyBulkBar
      selection={selection}
      pageRows={data?.results ?? []}
      matching={data?.count ?? 0}
      listParams={wholeList(dashboardPageParams(view, creator.createdById))}
    />
  );
  // Only a first load without data shows the error alone; a failed refresh keeps the rows under it.
  if (isError && !data)
    return (
      <>
        {bulkBar}
        {errorState}
      </>
    );
  const progress = (
    <ProgressBar
      aria-label="Loading experiments"
      sx={{ visibility: data && isFetching ? 'visible' : 'hidden' }}
    />
  );
  if (data?.count === 0) {
    return (
      <>
        {bulkBar}
        {progress}
        {flagSection}
        {hasFilters(view) ? (
          <NoMatches
            search={view.search}
            archived={view.archived}
            onClear={clearFilters}
            flagKeyMatches={flagMatches.data?.results.length ?? 0}
          />
        ) : (
          <ExperimentsEmpty action={createAction} />
        )}
      </>
    );
  }
  const pastTheEnd = data && data.results.length === 0 && (
    <>
      This page is past the end of the list.{' '}
      <Button onClick={() => update({ page: 0 })}>Go to the first page</Button>
    </>
  );
  const shared = {
    ...rowProps,
    label: LABEL,
    experiments: data?.results,
    readAt,
    busy: !data || isPlaceholderData,
    dimmed: isPlaceholderData,
    skeletons: Math.min(view.pageSize, 10),
  };
  return (
    <>
      {bulkBar}
      {errorState}
      {progress}
      {flagSection}
      {cards ? (
        <>
          <LazyCardSort sort={view.sort} onSort={(sort) => update({ sort })} />
          <LazyExperimentCards
            {...shared}
            footer={pastTheEnd && <Box sx={{ px: 2, py: 2 }}>{pastTheEnd}</Box>}
          />
        </>
      ) : (
        <ExperimentsTable
          {...shared}
          columns={columns}
          selection={selection}
          sorting={{
            sort: view.sort,
            onSort: (field) => update({ sort: nextSort(view.sort, field) }),
          }}
          footerRow={
            pastTheEnd && (
              <TableRow>
                <TableCell colSpan={columns.length} sx={{ py: 2 }}>
                  {pastTheEnd}
                </TableCell>
              </TableRow>
            )
          }
        />
      )}
      {data && (
        <ListPagination
          count={data.count}
          page={Math.min(view.page, lastPage(data.count, view.pageSize))}
          rowsPerPage={view.pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(page) => update({ page })}
          onRowsPerPageChange={(pageSize) => update({ pageSize })}
          // On a phone the "Rows per page" words do not fit beside the range and the arrows.
          labelRowsPerPage={cards ? 'Rows' : undefined}
        />
      )}
    </>
  );
}
