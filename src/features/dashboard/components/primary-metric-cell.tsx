import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import { experimentStatus, resolveStatsConfig, type Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import { ToneChip } from '@/features/experiments/components/tone-chip';
import type { ResultMetric } from '@/features/results/utils/result-metrics';
import { metricStanding } from '@/features/results/utils/metric-standing';
import { OUTCOME_CHIP } from '@/features/results/utils/outcome-chip-words';
import { primaryMetric, usePrimaryResult } from '../api/get-primary-result';
import { useAfterPaint } from '../hooks/use-after-paint';
import { leaderWords } from '../utils/leader-words';

/** Short on screen, a whole sentence for screen readers. */
function Spoken({ shown, sentence }: { shown: string; sentence: string }) {
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <Box component="span" sx={visuallyHidden}>
        {sentence}
      </Box>
    </>
  );
}

/** A grey word, with its reason on hover and focus when it has one: nothing to compare is no alarm. */
function Quiet({ text, sentence, reason }: { text: string; sentence: string; reason?: string }) {
  const word = (
    <Typography
      variant="caption"
      color="text.secondary"
      noWrap
      component="div"
      tabIndex={reason ? 0 : undefined}
    >
      <Spoken shown={text} sentence={sentence} />
    </Typography>
  );
  return reason ? (
    <Tooltip title={reason} describeChild>
      {word}
    </Tooltip>
  ) : (
    word
  );
}

function PrimaryMetricChip({ experiment, item }: { experiment: Experiment; item: ResultMetric }) {
  // The rows first: the query (queued behind the dashboard's few-at-a-time limit) starts once they are drawn.
  const query = usePrimaryResult(experiment, item, useAfterPaint());
  if (!query.data) {
    if (query.isError) {
      return (
        <Quiet
          text="—"
          sentence="Primary metric result unavailable"
          reason={`Could not load the result of ${item.name}: ${errorMessage(query.error)}`}
        />
      );
    }
    return (
      <>
        <Skeleton variant="rounded" width={88} height={24} aria-hidden="true" />
        <Box component="span" sx={visuallyHidden}>
          Primary metric: loading
        </Box>
      </>
    );
  }
  const standing = metricStanding(item.metric, query.data);
  if (standing.kind !== 'lead') {
    const reason = standing.kind === 'gated' ? standing.reason : 'nobody has been exposed yet';
    return (
      <Quiet
        text="Too little data"
        sentence="Primary metric: not enough data yet"
        reason={`${item.name}: not enough data yet; ${reason}.`}
      />
    );
  }
  const { differenceType } = resolveStatsConfig(experiment.stats_config);
  const words = leaderWords(standing, { name: item.name, goal: item.metric.goal }, differenceType);
  // The change on the chip, the variant under it: a long variant key is cut, never the number.
  return (
    <Tooltip title={words.detail} describeChild>
      <Box tabIndex={0} sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }}>
        <ToneChip
          tone={OUTCOME_CHIP[standing.leader.outcome].tone}
          label={<Spoken shown={words.change} sentence={words.sentence} />}
        />
        <Typography
          variant="caption"
          color="text.secondary"
          noWrap
          aria-hidden="true"
          sx={{ maxWidth: '100%', fontFamily: 'monospace' }}
        >
          {standing.leader.key}
        </Typography>
      </Box>
    </Tooltip>
  );
}

/**
 * The primary metric's leading variant for a launched experiment (running, paused or stopped): its change
 * and whether it is significant. Loads after the rows and never holds them up.
 */
export function PrimaryMetricCell({ experiment }: { experiment: Experiment }) {
  if (experimentStatus(experiment) === 'draft') return null;
  const item = primaryMetric(experiment);
  if (!item) {
    return <Quiet text="—" sentence="No primary metric" />;
  }
  return <PrimaryMetricChip experiment={experiment} item={item} />;
}
