import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { memo, type ReactNode } from 'react';
import { describeMetric, isKnownMetric, type AnyExperimentMetric } from '@/shared';
import type { MetricValue } from '../../form/editor-values';
import { InlineCodeText } from '../inline-code-text';
import { METRIC_TYPE_LABELS } from './metric-labels';

export type MetricAction = 'edit' | 'up' | 'down' | 'duplicate' | 'remove';

interface MetricListItemProps {
  metric: MetricValue;
  /** Its form path, e.g. primaryMetrics.2: a server error naming the metric scrolls here. */
  fieldName: string;
  index: number;
  count: number;
  error: string | undefined;
  readOnly: boolean;
  /** Why another metric can't be added (the list is full), or null. */
  addBlockedReason: string | null;
  onAction: (action: MetricAction, index: number) => void;
}

interface ActionProps {
  label: string;
  icon: ReactNode;
  disabled?: boolean;
  /** Shown instead of the label when disabled, to say why. */
  reason?: string | null;
  onClick: () => void;
}

function Action(props: ActionProps) {
  return (
    <Tooltip title={(props.disabled && props.reason) || props.label}>
      <span>
        <IconButton
          size="small"
          aria-label={props.label}
          disabled={props.disabled}
          onClick={props.onClick}
        >
          {props.icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** One metric as a sentence, with its actions. Memoised: the list re-renders only the row that changed. */
export const MetricListItem = memo(function MetricListItem(props: MetricListItemProps) {
  const { metric, index, count, error, readOnly, addBlockedReason, onAction } = props;
  const sentence = describeMetric(metric);
  const known = isKnownMetric(metric as AnyExperimentMetric);
  const title = typeof metric.name === 'string' && metric.name ? metric.name : null;
  const type = METRIC_TYPE_LABELS[metric.metric_type as keyof typeof METRIC_TYPE_LABELS]?.label;
  const n = index + 1;
  return (
    <Box
      component="li"
      data-field={props.fieldName}
      sx={{
        display: 'flex',
        // On a phone the actions move under the sentence instead of squeezing it.
        flexWrap: { xs: 'wrap', sm: 'nowrap' },
        gap: 1.5,
        alignItems: 'flex-start',
        p: 1.5,
        border: 1,
        borderColor: error ? 'error.main' : 'divider',
        borderRadius: 1,
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ pt: 0.25, minWidth: '1.5rem' }}>
        {n}.
      </Typography>
      <Box sx={{ flex: { xs: '1 1 70%', sm: 1 }, minWidth: 0 }}>
        {title && (
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{title}</Typography>
        )}
        <Typography
          variant="body2"
          color={title ? 'text.secondary' : 'text.primary'}
          sx={{ overflowWrap: 'anywhere' }}
        >
          <InlineCodeText text={sentence} />
        </Typography>
        {error && (
          <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
            {error}
          </Typography>
        )}
      </Box>
      {type && (
        <Chip
          size="small"
          label={type}
          variant="outlined"
          sx={{ display: { xs: 'none', sm: 'flex' } }}
        />
      )}
      {!readOnly && (
        <Stack direction="row" sx={{ flexShrink: 0, ml: { xs: 'auto', sm: 0 } }}>
          <Action
            label={`Edit metric ${n}`}
            icon={<EditOutlined fontSize="small" />}
            disabled={!known}
            reason="PostHog's legacy metrics can't be edited here."
            onClick={() => onAction('edit', index)}
          />
          <Action
            label={`Move metric ${n} up`}
            icon={<ArrowUpward fontSize="small" />}
            disabled={index === 0}
            onClick={() => onAction('up', index)}
          />
          <Action
            label={`Move metric ${n} down`}
            icon={<ArrowDownward fontSize="small" />}
            disabled={index === count - 1}
            onClick={() => onAction('down', index)}
          />
          <Action
            label={`Duplicate metric ${n}`}
            icon={<ContentCopy fontSize="small" />}
            disabled={!known || Boolean(addBlockedReason)}
            reason={addBlockedReason}
            onClick={() => onAction('duplicate', index)}
          />
          <Action
            label={`Remove metric ${n}`}
            icon={<DeleteOutline fontSize="small" />}
            onClick={() => onAction('remove', index)}
          />
        </Stack>
      )}
    </Box>
  );
});
