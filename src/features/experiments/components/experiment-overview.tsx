import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { canEdit, type Experiment } from '@/shared';
import { MarkdownText } from '@/lib/markdown/markdown-text';
import { ConclusionNote } from './conclusion-note';
import { ExperimentFacts } from './experiment-facts';
import { SectionCard } from './section-card';
import { StatusBadge } from './status-badge';
import { VariantTable } from './variant-table';

/** The read-only detail of one experiment. */
export function ExperimentOverview({ experiment }: { experiment: Experiment }) {
  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Stack
          direction="row"
          spacing={1.5}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {experiment.name}
          </Typography>
          <StatusBadge experiment={experiment} />
        </Stack>
        <Box sx={{ maxWidth: '75ch' }}>
          {experiment.description ? (
            <MarkdownText source={experiment.description} />
          ) : (
            <Typography color="text.secondary">No description.</Typography>
          )}
        </Box>
      </Stack>
      {!canEdit(experiment) && (
        <Alert severity="info">
          You have view-only access to this experiment. Ask an editor to change it.
        </Alert>
      )}
      <ConclusionNote experiment={experiment} />
      <SectionCard title="Summary">
        <ExperimentFacts experiment={experiment} />
      </SectionCard>
      <SectionCard title="Variants">
        <VariantTable experiment={experiment} />
      </SectionCard>
    </Stack>
  );
}
