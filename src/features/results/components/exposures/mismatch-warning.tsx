import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ExposureSummary } from '../../utils/exposure-summary';
import { formatCount, formatShare } from '../../utils/format-count';

/**
 * A sample-ratio mismatch: the variants did not get the people the split asks for, by more than chance
 * explains. Says by how much, what it means for the results, and where to look (results.md §3.1).
 */
export function MismatchWarning({ summary }: { summary: ExposureSummary }) {
  const titleId = useId();
  const expectedTotal = summary.variants.reduce((sum, v) => sum + (v.expected ?? 0), 0);
  return (
    <Alert severity="warning" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>
        Sample ratio mismatch: the variants did not get the split you set
      </AlertTitle>
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
        A gap this large happens by chance less than once in a thousand experiments (p &lt; 0.001),
        so something sends people, or their exposure events, unevenly. Results may be biased: do not
        decide on them until the cause is found.
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        What to check: whether the flag&apos;s split or release conditions changed after launch (see
        History); whether one variant loses exposure events (a redirect, an error or a slower page);
        whether a release condition pins people to one variant.
      </Typography>
    </Alert>
  );
}
