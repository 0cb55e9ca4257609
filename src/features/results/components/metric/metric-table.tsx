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
import { CompactBaselineRow, CompactVariantRows } from './compact-rows';
import { FullBaselineRow, FullVariantRow } from './full-rows';
import type { RowContext } from './row-parts';

interface MetricTableProps {
  rows: MetricRows;
  goal: 'increase' | 'decrease';
  variantOrder: readonly string[];
  /** The id of the metric's heading, which names the table. */
  labelledBy: string;
  /** Two columns with the interval under each variant, for narrow places. */
  compact: boolean;
}

const percent = (level: number) => `${Math.round(level * 1000) / 10}%`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The baseline, then each variant: value, change, evidence and the interval on the metric's axis. */
export function MetricTable({ rows, goal, variantOrder, labelledBy, compact }: MetricTableProps) {
  const bayesian = rows.method === 'bayesian';
  const context: RowContext = {
    axis: rows.axis,
    method: rows.method,
    goal,
    intervalName: `${percent(rows.level)} ${bayesian ? 'credible' : 'confidence'} interval`,
    evidenceName: bayesian ? 'Chance to win' : 'p-value',
    relative: rows.relative,
    colorOf: (key) => variantColor(key, variantOrder),
  };
  const axisHeading = (
    <>
      <span>{capitalised(context.intervalName)}</span>
      <AxisLabels axis={rows.axis} relative={rows.relative} />
    </>
  );
  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          aria-labelledby={labelledBy}
          sx={compact ? { '& .MuiTableCell-root': { px: 1 } } : { minWidth: 600 }}
        >
          <TableHead>
            {compact ? (
              <>
                <TableRow>
                  <TableCell sx={{ borderBottom: 0 }}>Variant</TableCell>
                  <TableCell align="right" sx={{ borderBottom: 0 }}>
                    Change
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell colSpan={2}>{axisHeading}</TableCell>
                </TableRow>
              </>
            ) : (
              <TableRow>
                <TableCell>Variant</TableCell>
                <TableCell align="right">Value</TableCell>
                <TableCell align="right">Change</TableCell>
                <TableCell align="right">{context.evidenceName}</TableCell>
                <TableCell sx={{ width: '36%', minWidth: 160 }}>{axisHeading}</TableCell>
              </TableRow>
            )}
          </TableHead>
          <TableBody>
            {compact ? (
              <>
                <CompactBaselineRow row={rows.baseline} context={context} />
                {rows.variants.map((row) => (
                  <CompactVariantRows key={row.key} row={row} context={context} />
                ))}
              </>
            ) : (
              <>
                <FullBaselineRow row={rows.baseline} context={context} />
                {rows.variants.map((row) => (
                  <FullVariantRow key={row.key} row={row} context={context} />
                ))}
              </>
            )}
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
