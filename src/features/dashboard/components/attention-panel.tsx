import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ProgressBar } from '@/lib/ui/progress-bar';
import List from '@mui/material/List';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { STATUS_LABELS } from '@/shared';
import { ATTENTION_LIMITS } from '@/shared/rules/attention';
import { ErrorState } from '@/lib/ui/error-state';
import type { useAttention } from '../api/get-attention';
import { useTurnFlagOff } from '../hooks/use-turn-flag-off';
import type { NoticeInput } from '../hooks/use-notice';
import { attentionHeading, type AttentionScope } from '../utils/attention-heading';
import { AttentionItem } from './attention-item';
import { TurnFlagOffDialog } from './turn-flag-off-dialog';

const FIRST_SHOWN = 50;

const RULES =
  `Checked for: a feature flag still splitting users after the end, no recorded conclusion, paused over ` +
  `${ATTENTION_LIMITS.pausedDays} days, running over ${ATTENTION_LIMITS.runningDays} days or past its ` +
  `planned end, no primary metric while running, a draft untouched for ${ATTENTION_LIMITS.staleDraftDays} ` +
  `days. Archived experiments are checked for the flag only (see “Archived only”).`;
const ARCHIVED_RULES =
  'Archived experiments were filed away on purpose: they are only checked for a feature flag that ' +
  'still splits users after the experiment ended.';

type AttentionState = ReturnType<typeof useAttention>;

interface AttentionPanelProps {
  attention: AttentionState;
  /** The list filters in force, so an empty answer says whether they matched nothing. */
  scope: AttentionScope;
  onClearFilters: () => void;
  notify: (notice: NoticeInput) => void;
}

export function AttentionPanel({ attention, scope, onClearFilters, notify }: AttentionPanelProps) {
  const { query, items, capped, matched } = attention;
  const [showAll, setShowAll] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const flagOff = useTurnFlagOff(notify, headingRef);
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
  const filtered = scope.search !== '' || scope.byCreator || scope.archived;
  return (
    <Box aria-busy={!items}>
      <ProgressBar
        aria-label="Checking experiments"
        sx={{ visibility: items && query.isFetching ? 'visible' : 'hidden' }}
      />
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography
          ref={headingRef}
          tabIndex={-1}
          variant="subtitle1"
          component="h2"
          sx={{ fontWeight: 600, '&:focus': { outline: 'none' } }}
        >
          {!items
            ? 'Checking experiments…'
            : attentionHeading({ count, capped: capped.length > 0, matched: matched ?? 0 }, scope)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {scope.archived ? ARCHIVED_RULES : RULES}
        </Typography>
        {items && count === 0 && filtered && (
          <Button variant="outlined" size="small" onClick={onClearFilters} sx={{ mt: 1.5 }}>
            Clear filters
          </Button>
        )}
      </Box>
      {capped.length > 0 && (
        <Alert severity="info" sx={{ mx: 2, mb: 1 }}>
          Checked the{' '}
          {capped
            .map(
              (set) =>
                `${set.read} ${set.checked} of ${set.total.toLocaleString()} ${scope.archived ? 'archived ' : ''}${STATUS_LABELS[set.status].label.toLowerCase()}`,
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
            <AttentionItem
              key={item.experiment.id}
              item={item}
              onTurnFlagOff={flagOff.ask}
              busy={flagOff.busyId === item.experiment.id}
            />
          ))}
        </List>
      )}
      {items && !showAll && count > FIRST_SHOWN && (
        <Box sx={{ p: 1.5, textAlign: 'center' }}>
          <Button onClick={() => setShowAll(true)}>Show all {count}</Button>
        </Box>
      )}
      {flagOff.asked && (
        <TurnFlagOffDialog
          experiment={flagOff.asked}
          onClose={flagOff.cancel}
          onConfirm={flagOff.confirm}
        />
      )}
    </Box>
  );
}
