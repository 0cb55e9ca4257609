import Alert from '@mui/material/Alert';
import { formatShare } from '../../utils/format-count';

/**
 * PostHog's bias risk, reported while an experiment runs: people who saw several variants are left out,
 * and on an uneven split that takes proportionally more from the smaller variant.
 */
export function BiasRiskNote({ percentage }: { percentage: number }) {
  return (
    <Alert severity="info">
      {formatShare(percentage / 100)} of exposed people saw more than one variant and are left out
      of the results. With an uneven split this removes more of the smaller variant, which can bias
      the comparison; it usually means people are identified after the flag is first evaluated.
    </Alert>
  );
}
