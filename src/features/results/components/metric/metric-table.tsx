import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MetricRows } from '../../utils/metric-rows';
import { variantColor } from '../../utils/variant-colors';
import { AxisLabels } from './axis-labels';
import { BaselineRow, VariantRow } from './variant-row';

interface MetricTableProps {
  rows: MetricRows;
  goal: 'increase' | 'decrease';
  variantOrder: readonly string[];
  /** The id of the metric's heading, which names the table. */
  labelledBy: string;
}

const percent = (level: number) => `${Math.round(level * 1000) / 10}%`;

/** The baseline, then each variant: value, change, evidence and the interval on the metric's axis. */
export function MetricTable({ rows, goal, variantOrder, labelledBy }: MetricTableProps) {
  const bayesian = rows.method === 'bayesian';
  const intervalName = `${percent(rows.level)} ${bayesian ? 'credible' : 'confidence'} interval`;
  const context = {
    axis: rows.axis,
    method: rows.method,
    goal,
    intervalName,
    relative: rows.relative,
  };
  const colorOf = (key: string) => variantColor(key, variantOrder);
  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby={labelledBy} sx={{ minWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell>Variant</TableCell>
              <TableCell align="right">Value</TableCell>
              <TableCell align="right">Change</TableCell>
              <TableCell align="right">{bayesian ? 'Chance to win' : 'p-value'}</TableCell>
              <TableCell sx={{ width: '36%', minWidth: 160 }}>
                <span>{intervalName[0]?.toUpperCase() + intervalName.slice(1)}</span>
                <AxisLabels axis={rows.axis} relative={rows.relative} />
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <BaselineRow
              row={rows.baseline}
              context={{ ...context, color: colorOf(rows.baseline.key) }}
            />
            {rows.variants.map((row) => (
              <VariantRow
                key={row.key}
                row={row}
                context={{ ...context, color: colorOf(row.key) }}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {rows.relative
          ? `Change is relative to ${rows.baseline.key}.`
          : `Change is the difference from ${rows.baseline.key}, in the metric's unit.`}{' '}
        {bayesian
          ? `Chance to win is the probability that a variant ${goal === 'decrease' ? 'lowers' : 'raises'} the metric compared with ${rows.baseline.key}; a result is significant when it is above ${percent(rows.level)} or below ${percent(1 - rows.level)}.`
          : `A result is significant when its p-value is below ${Math.round((1 - rows.level) * 1000) / 1000}.`}{' '}
        {goal === 'decrease' ? 'The goal is a decrease: lower is better.' : ''}
      </Typography>
    </>
  );
}
