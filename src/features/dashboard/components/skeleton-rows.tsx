import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { DashboardColumn } from '../utils/dashboard-columns';

/** Placeholder rows the height of real ones, so nothing jumps when the page arrives. */
export function SkeletonRows(props: {
  count: number;
  columns: DashboardColumn[];
  /** The table starts with a checkbox column. */
  selectable?: boolean;
}) {
  const { count, columns, selectable } = props;
  return Array.from({ length: count }, (_, row) => (
    <TableRow key={row} aria-hidden>
      {selectable && <TableCell padding="checkbox" />}
      {columns.map((column) => (
        <TableCell key={column.id}>
          <Skeleton variant="text" />
          {column.id === 'name' && <Skeleton variant="text" width="60%" />}
        </TableCell>
      ))}
    </TableRow>
  ));
}
