import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import { describeMetric, type MetricType } from '@/shared';
import { parseInline } from '@/lib/markdown/parse-markdown';
import type { ResultMetric } from '../../utils/result-metrics';

const TYPE_LABELS: Record<MetricType, string> = {
  mean: 'Mean',
  funnel: 'Funnel',
  ratio: 'Ratio',
  retention: 'Retention',
};

/** The metric's name, type, goal and what it measures, above its results. */
export function MetricHeader({ item, headingId }: { item: ResultMetric; headingId: string }) {
  const decrease = item.metric.goal === 'decrease';
  const sentence = describeMetric(item.metric);
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography
          id={headingId}
          component="h3"
          variant="subtitle1"
          sx={{ fontWeight: 600, overflowWrap: 'anywhere', mr: 0.5 }}
        >
          {item.name}
        </Typography>
        <Chip size="small" variant="outlined" label={TYPE_LABELS[item.metric.metric_type]} />
        <Chip
          size="small"
          variant="outlined"
          icon={
            decrease ? <ArrowDownward aria-hidden="true" /> : <ArrowUpward aria-hidden="true" />
          }
          label={decrease ? 'Goal: decrease' : 'Goal: increase'}
        />
        {item.shared && <Chip size="small" variant="outlined" label="Shared metric" />}
      </Box>
      {sentence !== item.name && (
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {parseInline(sentence).map((part, i) =>
            part.kind === 'code' ? (
              <code key={i}>{part.text}</code>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </Typography>
      )}
    </Box>
  );
}
