import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { userDisplayName, type Experiment } from '@/shared';
import { DateText } from '@/features/experiments/components/date-text';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import { useServingNow } from '@/features/experiments/hooks/use-serving-now';

/** The flag's key and what it serves now, in the experiment page's own words (the same hook). */
function FlagFact({ experiment }: { experiment: Experiment }) {
  const serving = useServingNow(experiment);
  return (
    <>
      <Box component="code" sx={{ fontFamily: 'monospace' }}>
        {experiment.feature_flag_key}
      </Box>
      <br />
      {serving.sentence}
    </>
  );
}

interface Fact {
  term: string;
  value: ReactNode;
}

/** Terms above their values: the side panel is too narrow for two columns. */
function StackedFacts({ facts }: { facts: Fact[] }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', rowGap: 1.5 }}>
      {facts.map(({ term, value }) => (
        <div key={term}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </div>
      ))}
    </Box>
  );
}

function sharedMetrics(experiment: Experiment): string {
  const links = experiment.saved_metrics ?? [];
  if (links.length === 0) return 'None';
  return links
    .map(
      (l) =>
        `${l.name ?? `#${l.saved_metric}`} (${l.metadata?.type === 'secondary' ? 'secondary' : 'primary'})`,
    )
    .join(', ');
}

/** Read-only facts beside the form, as the server last reported them. */
export function FactsPanel({ experiment }: { experiment: Experiment }) {
  const facts: Fact[] = [
    { term: 'ID', value: experiment.id },
    { term: 'Status', value: <StatusBadge experiment={experiment} /> },
    { term: 'Feature flag', value: <FlagFact experiment={experiment} /> },
    { term: 'Created by', value: userDisplayName(experiment.created_by) },
    { term: 'Created', value: <DateText iso={experiment.created_at} fallback="Unknown" /> },
    { term: 'Last updated', value: <DateText iso={experiment.updated_at} fallback="Unknown" /> },
    {
      term: 'Exposure cohort',
      value:
        experiment.exposure_cohort == null ? 'None yet' : `Cohort #${experiment.exposure_cohort}`,
    },
    { term: 'Shared metrics', value: sharedMetrics(experiment) },
  ];
  return (
    <Paper
      component="aside"
      variant="outlined"
      aria-labelledby="experiment-facts-title"
      sx={{ p: 2.5 }}
    >
      <Typography id="experiment-facts-title" variant="h6" component="h2" sx={{ mb: 1.5 }}>
        About this experiment
      </Typography>
      <StackedFacts facts={facts} />
    </Paper>
  );
}
