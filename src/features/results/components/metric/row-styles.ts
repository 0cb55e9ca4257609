import type { Theme } from '@mui/material/styles';
import type { VariantRow } from '../../utils/metric-rows';

// Text colours that pass AA on the row tints, in both themes.
export const outcomeText = {
  none: {},
  better: (theme: Theme) => ({
    color: theme.palette.success.dark,
    ...theme.applyStyles('dark', { color: theme.palette.success.light }),
  }),
  worse: (theme: Theme) => ({
    color: theme.palette.error.dark,
    ...theme.applyStyles('dark', { color: theme.palette.error.light }),
  }),
};

/** A light green or red wash behind a significant variant (the chip says it in words). */
export const rowTint = (outcome: VariantRow['outcome']) => (theme: Theme) =>
  outcome === 'none'
    ? {}
    : {
        backgroundColor: `rgba(${
          outcome === 'better'
            ? (theme.vars?.palette.success.mainChannel ?? '46 125 50')
            : (theme.vars?.palette.error.mainChannel ?? '211 47 47')
        } / 0.08)`,
      };

/** A variant can be compared when the statistics ran. */
export const compared = (row: VariantRow) => row.gate === null && row.interval !== null;
