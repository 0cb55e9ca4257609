import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { StatsMethod } from '@/shared';
import type { IntervalAxis } from '../../utils/interval-axis';
import type { RowNumbers, VariantRow as Row } from '../../utils/metric-rows';
import { formatChange } from '../../utils/format-change';
import { VariantLabel } from '../variant-label';
import { IntervalCell } from './interval-cell';
import { OutcomeChip } from './outcome-chip';

interface RowContext {
  axis: IntervalAxis;
  method: StatsMethod;
  goal: 'increase' | 'decrease';
  /** "95% credible interval", for the drawing's text. */
  intervalName: string;
  relative: boolean;
  color: string;
}

// Text colours that pass AA on the row tints, in both themes.
const outcomeText = {
  better: (theme: Theme) => ({
    color: theme.palette.success.dark,
    ...theme.applyStyles('dark', { color: theme.palette.success.light }),
  }),
  worse: (theme: Theme) => ({
    color: theme.palette.error.dark,
    ...theme.applyStyles('dark', { color: theme.palette.error.light }),
  }),
};

const tint = (outcome: Row['outcome']) => (theme: Theme) =>
  outcome === 'none'
    ? {}
    : {
        backgroundColor: `rgba(${
          outcome === 'better'
            ? (theme.vars?.palette.success.mainChannel ?? '46 125 50')
            : (theme.vars?.palette.error.mainChannel ?? '211 47 47')
        } / 0.08)`,
      };

function NumbersCell({ row }: { row: RowNumbers }) {
  return (
    <TableCell align="right">
      <Box sx={{ fontVariantNumeric: 'tabular-nums' }}>{row.value}</Box>
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {row.counts}
      </Typography>
    </TableCell>
  );
}

export function BaselineRow({ row, context }: { row: RowNumbers; context: RowContext }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        <VariantLabel name={row.key} color={context.color} />
        <Typography variant="caption" color="text.secondary" component="div">
          Baseline
        </Typography>
      </TableCell>
      <NumbersCell row={row} />
      <TableCell align="right" colSpan={2}>
        <Typography variant="body2" color="text.secondary">
          Compared against
        </Typography>
      </TableCell>
      <TableCell>
        <IntervalCell
          axis={context.axis}
          interval={null}
          method={context.method}
          goal={context.goal}
        />
      </TableCell>
    </TableRow>
  );
}

export function VariantRow({ row, context }: { row: Row; context: RowContext }) {
  const emphasis = row.outcome === 'none' ? undefined : outcomeText[row.outcome];
  return (
    <TableRow sx={tint(row.outcome)}>
      <TableCell component="th" scope="row">
        <VariantLabel name={row.key} color={context.color} />
        {row.significant && (
          <Box sx={{ mt: 0.5 }}>
            <OutcomeChip outcome={row.outcome} up={(row.change ?? 0) > 0} />
          </Box>
        )}
      </TableCell>
      <NumbersCell row={row} />
      {row.gate !== null || !row.interval ? (
        <TableCell colSpan={3}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <HourglassEmpty fontSize="small" color="action" aria-hidden="true" />
            <Typography variant="body2" color="text.secondary">
              <strong>Not enough data yet:</strong> {row.gate}.
            </Typography>
          </Box>
        </TableCell>
      ) : (
        <>
          <TableCell
            align="right"
            sx={[{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }, emphasis ?? {}]}
          >
            {row.significant ? <strong>{row.delta}</strong> : row.delta}
          </TableCell>
          <TableCell
            align="right"
            sx={[{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }, emphasis ?? {}]}
          >
            {row.significant ? <strong>{row.evidence}</strong> : row.evidence}
          </TableCell>
          <TableCell>
            <IntervalCell
              axis={context.axis}
              interval={row.interval}
              method={context.method}
              goal={context.goal}
              label={`${context.intervalName} from ${formatChange(
                row.interval[0],
                context.relative,
              )} to ${formatChange(row.interval[1], context.relative)}`}
            />
          </TableCell>
        </>
      )}
    </TableRow>
  );
}
