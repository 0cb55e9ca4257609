import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { experimentVariants } from '../utils/experiment-variants';

/** Variants and the share of enrolled users each one gets. */
export function VariantTable({ experiment }: { experiment: Experiment }) {
  const variants = experimentVariants(experiment);
  if (variants.length === 0) {
    return <Typography color="text.secondary">This experiment has no variants.</Typography>;
  }
  return (
    <Table size="small" aria-label="Variants">
      <TableHead>
        <TableRow>
          <TableCell>Key</TableCell>
          <TableCell>Name</TableCell>
          <TableCell align="right">Split</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {variants.map((variant) => (
          <TableRow key={variant.key}>
            <TableCell>
              <code>{variant.key}</code>
            </TableCell>
            <TableCell>{variant.name ?? '—'}</TableCell>
            <TableCell align="right">{variant.percent}%</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
