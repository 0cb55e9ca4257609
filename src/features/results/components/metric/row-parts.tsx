import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import type { StatsMethod } from '@/shared';
import { formatChange } from '../../utils/format-change';
import type { IntervalAxis } from '../../utils/interval-axis';
import type { RowNumbers, VariantRow } from '../../utils/metric-rows';
import { VariantLabel } from '../variant-label';
import { IntervalCell } from './interval-cell';
import { OutcomeChip } from './outcome-chip';

/** What every row of one metric's table shares. */
export interface RowContext {
  axis: IntervalAxis;
  method: StatsMethod;
  goal: 'increase' | 'decrease';
  /** "95% credible interval", for the drawing's text. */
  intervalName: string;
  /** "Chance to win" or "p-value". */
  evidenceName: string;
  relative: boolean;
  colorOf: (key: string) => string;
}

/** The variant's key with its colour, and under it "Baseline" or the significance chip. */
export function VariantHeading({
  row,
  context,
}: {
  row: RowNumbers & Partial<VariantRow>;
  context: RowContext;
}) {
  const baseline = row.outcome === undefined;
  return (
    <>
      <VariantLabel name={row.key} color={context.colorOf(row.key)} />
      {baseline && (
        <Typography variant="caption" color="text.secondary" component="div">
          Baseline
        </Typography>
      )}
      {row.significant && row.outcome && (
        <Box sx={{ mt: 0.5 }}>
          <OutcomeChip outcome={row.outcome} up={(row.change ?? 0) > 0} />
        </Box>
      )}
    </>
  );
}

/** The metric's value in the variant, and the raw counts under it. */
export function Numbers({ row, wrap = false }: { row: RowNumbers; wrap?: boolean }) {
  return (
    <>
      <Box sx={{ fontVariantNumeric: 'tabular-nums' }}>{row.value}</Box>
      <Typography
        variant="caption"
        color="text.secondary"
        component="div"
        sx={{ whiteSpace: wrap ? 'normal' : 'nowrap' }}
      >
        {row.counts}
      </Typography>
    </>
  );
}

/** A baseline's change or evidence: it is what the others are compared with, so it has none of its own. */
export function NotApplicableCell() {
  return (
    <TableCell align="right" aria-label="Not applicable">
      —
    </TableCell>
  );
}

/** Why a variant has no statistics yet, with the numbers. */
export function GateNote({ reason }: { reason: string | null }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <HourglassEmpty fontSize="small" color="action" aria-hidden="true" />
      <Typography variant="body2" color="text.secondary">
        <strong>Not enough data yet:</strong> {reason}.
      </Typography>
    </Box>
  );
}

/** The interval on the metric's axis, or the bare axis for the baseline. */
export function RowInterval({ row, context }: { row: VariantRow | null; context: RowContext }) {
  const interval = row?.interval ?? null;
  return (
    <IntervalCell
      axis={context.axis}
      interval={interval}
      method={context.method}
      goal={context.goal}
      label={
        interval
          ? `${context.intervalName} from ${formatChange(
              interval[0],
              context.relative,
            )} to ${formatChange(interval[1], context.relative)}`
          : undefined
      }
    />
  );
}
