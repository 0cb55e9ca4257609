import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ExposureSummary } from '../../utils/exposure-summary';
import { formatCount, formatShare } from '../../utils/format-count';
import { variantColor } from '../../utils/variant-colors';
import { VariantLabel } from '../variant-label';

interface ExposureTotalsProps {
  summary: ExposureSummary;
  variantOrder: readonly string[];
  /** Each variant's share of the split, to compare with what it got. */
  splits: Record<string, number>;
}

/** Exposed people per variant with their share, next to the share the split asks for. */
export function ExposureTotals({ summary, variantOrder, splits }: ExposureTotalsProps) {
  return (
    <div>
      <Table
        size="small"
        aria-label="Total exposures"
        sx={{ '& .MuiTableCell-root': { px: { xs: 1, sm: 2 } } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>Variant</TableCell>
            <TableCell align="right">Exposed</TableCell>
            <TableCell align="right">Share</TableCell>
            <TableCell align="right">Split</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {summary.variants.map((variant) => (
            <TableRow key={variant.key}>
              <TableCell>
                <VariantLabel name={variant.key} color={variantColor(variant.key, variantOrder)} />
              </TableCell>
              <TableCell align="right">{formatCount(variant.count)}</TableCell>
              <TableCell align="right">{formatShare(variant.share)}</TableCell>
              <TableCell align="right">
                {variant.key in splits ? formatShare((splits[variant.key] ?? 0) / 100) : '—'}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              Total
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {formatCount(summary.total)}
            </TableCell>
            <TableCell />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
      {summary.multiple > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {formatCount(summary.multiple)} {summary.multiple === 1 ? 'person' : 'people'} saw more
          than one variant and {summary.multiple === 1 ? 'is' : 'are'} left out of the results (
          {formatShare(summary.multiple / (summary.total + summary.multiple))} of everyone exposed).
        </Typography>
      )}
    </div>
  );
}
