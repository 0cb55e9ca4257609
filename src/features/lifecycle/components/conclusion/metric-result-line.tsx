import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { differenceText, evidenceText, type DifferenceType } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { ToneChip } from '@/features/experiments/components/tone-chip';
import { metricStanding } from '@/features/results/utils/metric-standing';
import { OUTCOME_CHIP } from '@/features/results/utils/outcome-chip-words';
import type { PrimaryResult } from './use-primary-results';

/** What the line says under the metric's name, and the chip beside it when there is a comparison. */
function reading({ item, query }: PrimaryResult, differenceType: DifferenceType) {
  if (query.isError) return { text: `Could not load the results: ${errorMessage(query.error)}` };
  if (!query.data) return { text: 'Loading results…' };
  const standing = metricStanding(item.metric, query.data);
  if (standing.kind === 'empty') return { text: 'No results yet: nobody has been exposed.' };
  if (standing.kind === 'gated') return { text: `Not enough data yet: ${standing.reason}.` };
  const { leader, baselineKey, compared } = standing;
  const parts = [
    `${leader.key} ${differenceText(leader.delta ?? 0, differenceType)} vs ${baselineKey}`,
    evidenceText(leader),
    compared > 1 ? `best of ${compared} variants` : null,
  ];
  return { text: parts.filter(Boolean).join(' · '), chip: OUTCOME_CHIP[leader.outcome] };
}

/** One primary metric: its name, its leading variant's change and evidence, and whether it is significant. */
export function MetricResultLine(props: PrimaryResult & { differenceType: DifferenceType }) {
  const { item, query, differenceType } = props;
  const { text, chip } = reading(props, differenceType);
  return (
    <Box
      component="li"
      aria-busy={query.isFetching || undefined}
      sx={{ py: 1, '& + &': { borderTop: 1, borderColor: 'divider' } }}
    >
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {item.name}
        </Typography>
        {chip && <ToneChip tone={chip.tone} label={chip.label} />}
      </Stack>
      <Typography variant="body2" color={query.isError ? 'error' : 'text.secondary'}>
        {text}
        {query.isError && (
          <Button
            size="small"
            onClick={() => void query.refetch()}
            loading={query.isFetching}
            sx={{ ml: 1, py: 0 }}
          >
            Retry
          </Button>
        )}
      </Typography>
    </Box>
  );
}
