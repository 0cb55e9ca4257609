import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import type { DashboardColumn } from '../utils/dashboard-columns';
import { SelectCheckbox } from './select-checkbox';
import type { Sort, SortField } from '../utils/dashboard-view';

interface DashboardTableHeadProps {
  columns: DashboardColumn[];
  /** Without it the labels are plain words. */
  sorting?: { sort: Sort; onSort: (field: SortField) => void };
  /** Given, the Name header starts with a checkbox for every row of the page. */
  selectPage?: { checked: boolean; indeterminate: boolean; onChange: (checked: boolean) => void };
}

export function DashboardTableHead({ columns, sorting, selectPage }: DashboardTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        {/* aria-sort on the header cell tells screen readers the order; the button keeps a stable name. */}
        {columns.map((column) => {
          const sortField = sorting && column.sortField;
          const active = sortField !== undefined && sortField === sorting?.sort.field;
          return (
            <TableCell
              key={column.id}
              sx={{ width: column.width }}
              aria-sort={
                active
                  ? sorting?.sort.direction === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : undefined
              }
            >
              {column.id === 'name' && selectPage && (
                <SelectCheckbox
                  label="Select every experiment on this page"
                  checked={selectPage.checked}
                  indeterminate={selectPage.indeterminate}
                  onChange={selectPage.onChange}
                />
              )}
              {column.hiddenLabel ? (
                <Box component="span" sx={visuallyHidden}>
                  {column.label}
                </Box>
              ) : sorting && sortField ? (
                <TableSortLabel
                  active={active}
                  direction={active ? sorting.sort.direction : 'asc'}
                  onClick={() => sorting.onSort(sortField)}
                >
                  {column.label}
                </TableSortLabel>
              ) : (
                column.label
              )}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}
