import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useMemo } from 'react';
import { experimentStatus, type Experiment } from '@/shared';
import { ErrorState } from '@/lib/ui/error-state';
import { SectionCard } from '@/features/experiments/components/section-card';
import { experimentVariants } from '@/features/experiments/utils/experiment-variants';
import { useExposures } from '../../api/get-results';
import { summariseExposures } from '../../utils/exposure-summary';
import { BiasRiskNote } from './bias-risk-note';
import { ExposureTotals } from './exposure-totals';
import { ExposuresByDay } from './exposures-by-day';
import { MismatchWarning } from './mismatch-warning';

// The charting library is the heaviest part of the results: it downloads only when a chart is drawn.
const ExposuresChart = lazy(() => import('./exposures-chart'));

/** Who has been exposed to which variant, day by day, and whether the split holds. */
export function ExposuresSection({ experiment }: { experiment: Experiment }) {
  const query = useExposures(experiment);
  const captionId = useId();
  const variants = useMemo(() => experimentVariants(experiment), [experiment]);
  const order = variants.map((v) => v.key);
  const splits = Object.fromEntries(variants.map((v) => [v.key, v.percent]));

  if (query.isError && !query.data) {
    return (
      <SectionCard title="Exposures">
        <ErrorState
          title="Could not load the exposures"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </SectionCard>
    );
  }
  if (!query.data) {
    return (
      <SectionCard title="Exposures">
        <Skeleton variant="rounded" height={260} aria-label="Loading exposures" />
      </SectionCard>
    );
  }
  const summary = summariseExposures(query.data, order);
  const running = experimentStatus(experiment) === 'running';
  const bias = query.data.bias_risk?.multiple_variant_percentage;
  return (
    <SectionCard title="Exposures">
      <Stack spacing={2}>
        {summary.split && <MismatchWarning summary={summary} check={summary.split} />}
        {running && bias !== undefined && bias > 0 && <BiasRiskNote percentage={bias} />}
        {summary.total === 0 && summary.multiple === 0 ? (
          <Typography color="text.secondary">
            No one has been exposed yet. People are counted when the experiment&apos;s flag is
            evaluated for them (or its custom exposure event is sent).
          </Typography>
        ) : (
          <Box
            sx={{
              display: 'grid',
              gap: 3,
              gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
              alignItems: 'start',
            }}
          >
            <Box component="figure" aria-labelledby={captionId} sx={{ m: 0, minWidth: 0 }}>
              <Typography
                id={captionId}
                component="figcaption"
                variant="subtitle2"
                color="text.secondary"
              >
                Cumulative exposures per day
              </Typography>
              <Suspense fallback={<Skeleton variant="rounded" height={260} />}>
                <ExposuresChart summary={summary} variantOrder={order} />
              </Suspense>
              <ExposuresByDay summary={summary} />
            </Box>
            <ExposureTotals summary={summary} variantOrder={order} splits={splits} />
          </Box>
        )}
      </Stack>
    </SectionCard>
  );
}
