import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import { DASHBOARD_COLUMNS } from '../utils/dashboard-columns';
import type { Sort, SortField } from '../utils/dashboard-view';

interface DashboardTableHeadProps {
  sort: Sort;
  onSort: (field: SortField) => void;
}

export function DashboardTableHead({ sort, onSort }: DashboardTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        {/* aria-sort on the header cell tells screen readers the order; the button keeps a stable name. */}
        {DASHBOARD_COLUMNS.map((column) => {
          const active = column.sortField !== undefined && column.sortField === sort.field;
          return (
            <TableCell
              key={column.id}
              sx={{ width: column.width }}
              aria-sort={
                active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
              }
            >
              {column.hiddenLabel ? (
                <Box component="span" sx={visuallyHidden}>
                  {column.label}
                </Box>
              ) : column.sortField ? (
                <TableSortLabel
                  active={active}
                  direction={active ? sort.direction : 'asc'}
                  onClick={() => onSort(column.sortField!)}
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
