import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
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

const figure = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The variant and its value: the first two cells of every wide row. */
function VariantCells({ row, context }: { row: RowNumbers & Partial<Row>; context: RowContext }) {
  return (
    <>
      <TableCell component="th" scope="row">
        <VariantHeading row={row} context={context} />
      </TableCell>
      <TableCell align="right">
        <Numbers row={row} />
      </TableCell>
    </>
  );
}

/** The baseline on a wide screen: its numbers, no change of its own, and the bare axis. */
export function FullBaselineRow({ row, context }: { row: RowNumbers; context: RowContext }) {
  return (
    <TableRow>
      <VariantCells row={row} context={context} />
      <NotApplicableCell />
      <NotApplicableCell />
      <TableCell>
        <RowInterval row={null} context={context} />
      </TableCell>
    </TableRow>
  );
}

/** A variant on a wide screen: one row, one column per reading. */
export function FullVariantRow({ row, context }: { row: Row; context: RowContext }) {
  const emphasis = outcomeText[row.outcome];
  const strong = (text: string | null) => (row.significant ? <strong>{text}</strong> : text);
  return (
    <TableRow sx={rowTint(row.outcome)}>
      <VariantCells row={row} context={context} />
      {compared(row) ? (
        <>
          <TableCell align="right" sx={[figure, emphasis]}>
            {strong(row.delta)}
          </TableCell>
          <TableCell align="right" sx={[figure, emphasis]}>
            {strong(row.evidence)}
          </TableCell>
          <TableCell>
            <RowInterval row={row} context={context} />
          </TableCell>
        </>
      ) : (
        <TableCell colSpan={3}>
          <GateNote reason={row.gate} />
        </TableCell>
      )}
    </TableRow>
  );
}
