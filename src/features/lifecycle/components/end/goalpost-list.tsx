import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { GoalpostChange } from '@/shared';
import { formatDateTime } from '@/lib/format-date';
import { DateText } from '@/features/experiments/components/date-text';
import { actorName } from '../../utils/actor-name';

const dateOrUnset = (iso: string | null | undefined) => formatDateTime(iso) ?? 'not set';

/** Each change in a line: what moved, then who moved it and when. */
export function GoalpostList({ changes }: { changes: GoalpostChange[] }) {
  return (
    <Box component="ul" aria-label="Changes since launch" sx={{ m: 0, pl: 2.5 }}>
      {changes.map((change, index) => (
        <Typography component="li" variant="body2" key={`${change.at}-${index}`} sx={{ mb: 0.5 }}>
          <strong>{change.summary}</strong>
          {change.kind === 'dates_changed' &&
            ` (${dateOrUnset(change.before)} → ${dateOrUnset(change.after)})`}
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {' '}
            — {actorName(change.by)}, <DateText iso={change.at} fallback="unknown time" />
          </Box>
        </Typography>
      ))}
    </Box>
  );
}
