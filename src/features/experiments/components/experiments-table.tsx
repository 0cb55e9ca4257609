import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { Experiment } from '@/shared';
import { ExperimentRow } from './experiment-row';

// A fixed layout lets long names truncate instead of pushing the other columns off screen.
const COLUMNS = [
  { label: 'Name', width: '38%' },
  { label: 'Status', width: '16%' },
  { label: 'Feature flag', width: '18%' },
  { label: 'Created by', width: '15%' },
  { label: 'Created', width: '13%' },
];

interface ExperimentsTableProps {
  /** Undefined while the first page loads: skeleton rows keep the layout steady. */
  experiments: Experiment[] | undefined;
  getDetailHref: (id: number) => string;
  skeletonRows?: number;
  /** Shown in place of rows when the page is empty. */
  emptyRow?: ReactNode;
}

export function ExperimentsTable(props: ExperimentsTableProps) {
  const { experiments, getDetailHref, skeletonRows = 5, emptyRow } = props;
  return (
    <Table
      aria-label="Experiments"
      aria-busy={!experiments}
      sx={{ tableLayout: 'fixed', minWidth: 760 }}
    >
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableCell key={column.label} sx={{ width: column.width }}>
              {column.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {!experiments &&
          Array.from({ length: skeletonRows }, (_, row) => (
            <TableRow key={row}>
              {COLUMNS.map((column) => (
                <TableCell key={column.label}>
                  <Skeleton variant="text" />
                </TableCell>
              ))}
            </TableRow>
          ))}
        {experiments?.map((experiment) => (
          <ExperimentRow
            key={experiment.id}
            experiment={experiment}
            href={getDetailHref(experiment.id)}
          />
        ))}
        {experiments?.length === 0 && emptyRow && (
          <TableRow>
            <TableCell colSpan={COLUMNS.length}>{emptyRow}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
