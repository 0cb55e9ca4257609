import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ActivityLogEntry } from '@/shared';
import { DateText } from '@/features/experiments/components/date-text';
import { actorName } from '../../utils/actor-name';
import { activityVerb } from '../../utils/activity-labels';
import { ChangeTable } from './change-table';
import { flagEntryVerb } from './merge-history';

/** The flag's own entries say what happened to the flag; a switch needs no table under it. */
function FlagEntryText({ entry }: { entry: ActivityLogEntry }) {
  const { verb, key, rest } = flagEntryVerb(entry);
  return (
    <>
      {verb}
      {key && (
        <>
          {' '}
          <code>{key}</code>
        </>
      )}
      {rest && ` ${rest}`}
    </>
  );
}

/** "Ada Lovelace paused the experiment · 3 Mar 2026, 10:00", then what changed. */
export function ActivityEntryItem({ entry }: { entry: ActivityLogEntry }) {
  const headingId = useId();
  const isFlag = entry.scope === 'FeatureFlag';
  const changes = (entry.detail?.changes ?? []).filter((c) => !isFlag || c.field !== 'active');
  return (
    <Box
      component="li"
      sx={{ py: 2, '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' } }}
    >
      <Typography
        id={headingId}
        component="h3"
        variant="body1"
        sx={{ mb: changes.length ? 1 : 0, overflowWrap: 'anywhere' }}
      >
        <strong>{actorName(entry.user)}</strong>{' '}
        {isFlag ? <FlagEntryText entry={entry} /> : activityVerb(entry.activity)}
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' · '}
          <DateText iso={entry.created_at} fallback="unknown time" />
        </Box>
      </Typography>
      {changes.length > 0 && <ChangeTable changes={changes} labelledBy={headingId} />}
    </Box>
  );
}
