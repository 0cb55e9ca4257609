import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { resolveStatsConfig, type Experiment } from '@/shared';
import { formatDate } from '@/lib/format-date';
import { MetricResultList } from './metric-result-list';
import { usePrimaryResults } from './use-primary-results';

/**
 * The primary metrics as they stood when the experiment ended: PostHog's query window, like the embedded
 * server's, stops at the end date, so asking as usual gives the results at the end. Loads beside the card,
 * never holding it up; nothing shows for an experiment without a primary metric.
 */
export function ResultsAtEnd({ experiment }: { experiment: Experiment }) {
  const headingId = useId();
  const results = usePrimaryResults(experiment);
  const ended = formatDate(experiment.end_date);
  if (results.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={0.5}>
      <Divider sx={{ mb: 1 }} />
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        Results at end
        {ended && (
          <>
            , <time dateTime={experiment.end_date ?? undefined}>{ended}</time>
          </>
        )}
      </Typography>
      <MetricResultList
        results={results}
        label="Primary metric results at end"
        differenceType={resolveStatsConfig(experiment.stats_config).differenceType}
      />
    </Stack>
  );
}
