import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ActivityLogEntry } from '@/shared';
import { DateText } from '@/features/experiments/components/date-text';
import { actorName } from '../../utils/actor-name';
import { activityVerb } from '../../utils/activity-labels';
import { ChangeTable } from './change-table';

/** "Ada Lovelace paused the experiment · 3 Mar 2026, 10:00", then what changed. */
export function ActivityEntryItem({ entry }: { entry: ActivityLogEntry }) {
  const headingId = useId();
  const changes = entry.detail?.changes ?? [];
  return (
    <Box
      component="li"
      sx={{ py: 2, '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' } }}
    >
      <Typography id={headingId} component="h3" variant="body1" sx={{ mb: changes.length ? 1 : 0 }}>
        <strong>{actorName(entry.user)}</strong> {activityVerb(entry.activity)}
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' · '}
          <DateText iso={entry.created_at} fallback="unknown time" />
        </Box>
      </Typography>
      {changes.length > 0 && <ChangeTable changes={changes} labelledBy={headingId} />}
    </Box>
  );
}
