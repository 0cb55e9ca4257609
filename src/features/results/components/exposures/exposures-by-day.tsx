import Box from '@mui/material/Box';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import type { ExposureSummary } from '../../utils/exposure-summary';
import { MULTIPLE_VARIANT_KEY } from '@/shared';
import { formatCount } from '../../utils/format-count';
import { formatDay } from '../../utils/format-day';

/** The chart's text alternative: the same cumulative counts, a row per day, for screen readers. */
export function ExposuresByDay({ summary }: { summary: ExposureSummary }) {
  const columns = summary.series.map((s) =>
    s.key === MULTIPLE_VARIANT_KEY
      ? { ...s, label: 'In several variants' }
      : { ...s, label: s.key },
  );
  return (
    // The clip goes on a wrapper: a table ignores the 1 px width and would widen the page.
    <Box sx={visuallyHidden}>
      <table>
        <caption>Cumulative exposures by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.days.map((day, i) => (
            <tr key={day}>
              <th scope="row">{formatDay(day)}</th>
              {columns.map((c) => (
                <td key={c.key}>{formatCount(c.counts[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
