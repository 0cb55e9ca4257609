import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { formatPValue } from '@/shared';
import type { ExposureSummary, SplitCheck } from '../../utils/exposure-summary';
import { formatCount, formatShare } from '../../utils/format-count';

const WORDING = {
  mismatch: {
    severity: 'warning',
    title: 'Sample ratio mismatch: the variants did not get the split you set',
    meaning:
      'A gap this large happens by chance less than once in a thousand experiments (p < 0.001), so something sends people, or their exposure events, unevenly. Results may be biased: do not decide on them until the cause is found.',
  },
  borderline: {
    severity: 'info',
    title: 'Sample ratio mismatch? The split looks slightly off',
    meaning:
      'Not conclusive yet, but not a clean bill of health either: watch it as more people arrive, and look for a cause before deciding on these results.',
  },
} as const;

/**
 * The variants did not get the people the split asks for, by more than chance explains (or nearly): by
 * how much, what it means for the results, and where to look (results.md §3.1).
 */
export function MismatchWarning({
  summary,
  check,
}: {
  summary: ExposureSummary;
  check: SplitCheck;
}) {
  const titleId = useId();
  const wording = WORDING[check.status];
  const expectedTotal = summary.variants.reduce((sum, v) => sum + (v.expected ?? 0), 0);
  return (
    <Alert severity={wording.severity} aria-labelledby={titleId}>
      <AlertTitle id={titleId}>{wording.title}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {summary.variants
          .filter((v) => v.expected !== null)
          .map((v) => (
            <li key={v.key}>
              <code>{v.key}</code>: {formatCount(v.count)} exposed ({formatShare(v.share)}), about{' '}
              {formatCount(v.expected ?? 0)} expected (
              {formatShare(expectedTotal > 0 ? (v.expected ?? 0) / expectedTotal : 0)})
            </li>
          ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {check.status === 'borderline' && `p = ${formatPValue(check.pValue)}. `}
        {wording.meaning}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        What to check: whether the flag&apos;s split or release conditions changed after launch (see
        History); whether one variant loses exposure events (a redirect, an error or a slower page);
        whether a release condition pins people to one variant.
      </Typography>
    </Alert>
  );
}
