import Typography from '@mui/material/Typography';
import Stack from '@mui/material/Stack';
import type { Experiment } from '@/shared';
import { MarkdownText } from '@/lib/markdown/markdown-text';
import { ExperimentFacts } from '@/features/experiments/components/experiment-facts';
import { SectionCard } from '@/features/experiments/components/section-card';
import { VariantTable } from '@/features/experiments/components/variant-table';

/** The read-only set-up, from the experiments core; the header and conclusion card sit above it. */
export function OverviewTab({ experiment }: { experiment: Experiment }) {
  return (
    <Stack spacing={3}>
      <SectionCard title="Description">
        {experiment.description ? (
          <MarkdownText source={experiment.description} />
        ) : (
          <Typography color="text.secondary">No description.</Typography>
        )}
      </SectionCard>
      <SectionCard title="Summary">
        <ExperimentFacts experiment={experiment} />
      </SectionCard>
      <SectionCard title="Variants">
        <VariantTable experiment={experiment} />
      </SectionCard>
    </Stack>
  );
}
