import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { STATUS_LABELS } from '@/shared';
import { ATTENTION_LIMITS } from '@/shared/rules/attention';
import { ErrorState } from '@/lib/ui/error-state';
import type { useAttention } from '../api/get-attention';
import { AttentionItem } from './attention-item';

const FIRST_SHOWN = 50;

const RULES =
  `Stopped without a conclusion, paused over ${ATTENTION_LIMITS.pausedDays} days, running over ` +
  `${ATTENTION_LIMITS.runningDays} days or past its planned end, running without a primary metric, ` +
  `or a draft untouched for ${ATTENTION_LIMITS.staleDraftDays} days. Archived experiments are left out.`;

type AttentionState = ReturnType<typeof useAttention>;

export function AttentionPanel({ attention }: { attention: AttentionState }) {
  const { query, items, capped } = attention;
  const [showAll, setShowAll] = useState(false);
  if (query.isError && !items) {
    return (
      <Box sx={{ p: 2 }}>
        <ErrorState
          title="Could not check which experiments need attention"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </Box>
    );
  }
  const shown = showAll ? items : items?.slice(0, FIRST_SHOWN);
  const count = items?.length ?? 0;
  return (
    <Box aria-busy={!items}>
      <LinearProgress
        aria-label="Checking experiments"
        sx={{ visibility: items && query.isFetching ? 'visible' : 'hidden' }}
      />
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {!items
            ? 'Checking experiments…'
            : count === 0
              ? 'Nothing needs a decision right now'
              : `${count}${capped.length ? '+' : ''} experiment${count === 1 ? '' : 's'} need${count === 1 ? 's' : ''} a decision`}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {RULES}
        </Typography>
      </Box>
      {capped.length > 0 && (
        <Alert severity="info" sx={{ mx: 2, mb: 1 }}>
          Checked the{' '}
          {capped
            .map(
              (set) =>
                `${set.read} ${set.checked} of ${set.total.toLocaleString()} ${STATUS_LABELS[set.status].label.toLowerCase()}`,
            )
            .join(', ')}{' '}
          experiments. Search or filter by creator to check the rest.
        </Alert>
      )}
      {!items && (
        <Box sx={{ px: 2, pb: 2 }}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" height={56} sx={{ mb: 1 }} />
          ))}
        </Box>
      )}
      {shown && shown.length > 0 && (
        <List aria-label="Experiments that need attention" disablePadding>
          {shown.map((item) => (
            <AttentionItem key={item.experiment.id} item={item} />
          ))}
        </List>
      )}
      {items && !showAll && count > FIRST_SHOWN && (
        <Box sx={{ p: 1.5, textAlign: 'center' }}>
          <Button onClick={() => setShowAll(true)}>Show all {count}</Button>
        </Box>
      )}
    </Box>
  );
}
