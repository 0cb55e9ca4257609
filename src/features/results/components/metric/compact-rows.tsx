import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RowNumbers, VariantRow as Row } from '../../utils/metric-rows';
import {
  GateNote,
  NotApplicableCell,
  Numbers,
  RowInterval,
  VariantHeading,
  type RowContext,
} from './row-parts';
import { compared, outcomeText, rowTint } from './row-styles';

/**
 * A narrow screen (a phone, the End dialog): two columns, the variant with its value and the change with
 * its evidence, and the interval on a full-width line under each variant, so nothing scrolls sideways.
 */
export function CompactBaselineRow({ row, context }: { row: RowNumbers; context: RowContext }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        <VariantHeading row={row} context={context} />
        <Box sx={{ mt: 0.5 }}>
          <Numbers row={row} wrap />
        </Box>
      </TableCell>
      <NotApplicableCell />
    </TableRow>
  );
}

export function CompactVariantRows({ row, context }: { row: Row; context: RowContext }) {
  const split = { borderBottom: 0 };
  return (
    <>
      <TableRow sx={rowTint(row.outcome)}>
        <TableCell component="th" scope="row" sx={split}>
          <VariantHeading row={row} context={context} />
          <Box sx={{ mt: 0.5 }}>
            <Numbers row={row} wrap />
          </Box>
        </TableCell>
        <TableCell align="right" sx={[split, outcomeText[row.outcome]]}>
          {compared(row) ? (
            <>
              <Box
                sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: row.significant ? 700 : 400 }}
              >
                {row.delta}
              </Box>
              <Typography variant="caption" component="div" sx={{ color: 'inherit' }}>
                {context.evidenceName} {row.evidence}
              </Typography>
            </>
          ) : (
            <span aria-label="Not enough data yet">—</span>
          )}
        </TableCell>
      </TableRow>
      <TableRow sx={rowTint(row.outcome)}>
        <TableCell colSpan={2} sx={{ pt: 0 }}>
          {compared(row) ? (
            <RowInterval row={row} context={context} />
          ) : (
            <GateNote reason={row.gate} />
          )}
        </TableCell>
      </TableRow>
    </>
  );
}
