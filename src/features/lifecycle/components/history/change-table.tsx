import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ActivityChange } from '@/shared';
import { fieldLabel } from '../../utils/describe-change';
import { ChangeValue } from './change-value';

/** Field-level before and after of one write. */
export function ChangeTable({
  changes,
  labelledBy,
}: {
  changes: ActivityChange[];
  labelledBy: string;
}) {
  return (
    <Table size="small" aria-labelledby={labelledBy} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '24%' }}>Field</TableCell>
          <TableCell sx={{ width: '38%' }}>Before</TableCell>
          <TableCell sx={{ width: '38%' }}>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change, index) => (
          <TableRow key={`${change.field ?? ''}-${index}`} sx={{ verticalAlign: 'top' }}>
            <TableCell component="th" scope="row">
              {fieldLabel(change.field)}
            </TableCell>
            <TableCell>
              <ChangeValue field={change.field} value={change.before} />
            </TableCell>
            <TableCell>
              <ChangeValue field={change.field} value={change.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
