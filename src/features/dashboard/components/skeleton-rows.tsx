import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { DashboardColumn } from '../utils/dashboard-columns';

/** Placeholder rows the height of real ones, so nothing jumps when the page arrives. */
export function SkeletonRows({ count, columns }: { count: number; columns: DashboardColumn[] }) {
  return Array.from({ length: count }, (_, row) => (
    <TableRow key={row} aria-hidden>
      {columns.map((column) => (
        <TableCell key={column.id}>
          <Skeleton variant="text" />
          {column.id === 'name' && <Skeleton variant="text" width="60%" />}
        </TableCell>
      ))}
    </TableRow>
  ));
}
