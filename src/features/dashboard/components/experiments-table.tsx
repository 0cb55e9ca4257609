import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';
import type { Experiment } from '@/shared';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import type { RowSelection } from '../hooks/use-row-selection';
import { tableMinWidth, type DashboardColumn } from '../utils/dashboard-columns';
import type { Sort, SortField } from '../utils/dashboard-view';
import { DashboardRow } from './dashboard-row';
import { DashboardTableHead } from './dashboard-table-head';
import { SkeletonRows } from './skeleton-rows';

export interface ExperimentRowsProps {
  /** Undefined while the first page loads (skeletons stand in). */
  experiments: Experiment[] | undefined;
  /** When the rows were read (ms), for day counts. */
  readAt: number;
  actions: RowActions;
  busyIds: number[];
  notify: (notice: NoticeInput) => void;
  /** The rows were found by flag key, not by name. */
  flagMatch?: boolean;
}

interface ExperimentsTableProps extends ExperimentRowsProps {
  label: string;
  columns: DashboardColumn[];
  busy: boolean;
  dimmed?: boolean;
  skeletons?: number;
  /** Without it the headers do not sort (a list that is not paged by the server). */
  sorting?: { sort: Sort; onSort: (field: SortField) => void };
  /** A last row (e.g. "past the end of the list"). */
  footerRow?: ReactNode;
  /** Given, each row starts with a checkbox for bulk actions. */
  selection?: RowSelection;
}

export function ExperimentsTable(props: ExperimentsTableProps) {
  const { label, columns, busy, dimmed, skeletons = 0, sorting, footerRow, selection } = props;
  const { experiments, readAt, actions, busyIds, notify, flagMatch } = props;
  const onPage = experiments?.filter((e) => selection?.selected.has(e.id)).length ?? 0;
  const selectPage = selection && {
    checked: !!experiments?.length && onPage === experiments.length,
    indeterminate: onPage > 0 && onPage < (experiments?.length ?? 0),
    onChange: selection.setPage,
  };
  return (
    // Focusable so keyboard users can scroll the table sideways if a narrow window needs it. Positioned so
    // hidden header labels stay inside it instead of widening the page.
    <TableContainer
      tabIndex={0}
      role="region"
      aria-label={`${label} table`}
      sx={{ position: 'relative' }}
    >
      <Table
        size="small"
        aria-label={label}
        aria-busy={busy}
        sx={{
          tableLayout: 'fixed',
          minWidth: tableMinWidth(columns),
          opacity: dimmed ? 0.7 : 1,
          '& .MuiTableCell-root': { px: 1 },
          '& .MuiTableCell-root:first-of-type': { pl: 2 },
        }}
      >
        <DashboardTableHead columns={columns} sorting={sorting} selectPage={selectPage} />
        <TableBody>
          {!experiments && <SkeletonRows count={skeletons} columns={columns} />}
          {experiments?.map((experiment) => (
            <DashboardRow
              key={experiment.id}
              experiment={experiment}
              columns={columns}
              readAt={readAt}
              actions={actions}
              notify={notify}
              busy={busyIds.includes(experiment.id)}
              flagMatch={flagMatch}
              onSelect={selection?.toggle}
              selected={selection?.selected.has(experiment.id)}
            />
          ))}
          {footerRow}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
