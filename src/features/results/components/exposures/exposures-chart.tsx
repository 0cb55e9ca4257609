import Box from '@mui/material/Box';
import { LineChart } from '@mui/x-charts/LineChart';
import type { ExposureSummary } from '../../utils/exposure-summary';
import { MULTIPLE_VARIANT_KEY } from '@/shared';
import { formatCount } from '../../utils/format-count';
import { formatDay } from '../../utils/format-day';
import { variantColor } from '../../utils/variant-colors';

interface ExposuresChartProps {
  summary: ExposureSummary;
  variantOrder: readonly string[];
}

/**
 * Cumulative exposures per variant per day. The chart takes the keyboard (arrow keys step through the
 * days, with the tooltip); the totals beside it and the day-by-day table under it say the same in text.
 * People in several variants are not a line of their own.
 */
export default function ExposuresChart({ summary, variantOrder }: ExposuresChartProps) {
  const lines = summary.series.filter((s) => s.key !== MULTIPLE_VARIANT_KEY);
  // A single day draws no line, so start from a zeroed day before it (as PostHog's chart does).
  const single = summary.days.length === 1;
  const days = single ? ['', ...summary.days] : summary.days;
  return (
    <Box sx={{ width: '100%', minWidth: 0 }}>
      <LineChart
        height={260}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            data: days,
            valueFormatter: (day: string) => (day ? formatDay(day) : ''),
          },
        ]}
        yAxis={[{ valueFormatter: (value: number) => formatCount(value), width: 56 }]}
        series={lines.map((line) => ({
          id: line.key,
          label: line.key,
          data: single ? [0, ...line.counts] : line.counts,
          color: variantColor(line.key, variantOrder),
          showMark: false,
          valueFormatter: (value: number | null) => (value === null ? '' : formatCount(value)),
        }))}
        // Room on the right for the last day's label, which would otherwise be cut.
        margin={{ left: 8, right: 28, top: 8, bottom: 8 }}
      />
    </Box>
  );
}
