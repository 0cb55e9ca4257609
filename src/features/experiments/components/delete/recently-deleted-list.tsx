import Button from '@mui/material/Button';
import { ProgressBar } from '@/lib/ui/progress-bar';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatDateTime } from '@/lib/format-date';
import {
  forgetDeleted,
  KEEP_DAYS,
  type DeletedEntry,
} from '@/features/experiments/utils/recently-deleted';
import { useRecentlyDeleted } from '@/features/experiments/utils/recently-deleted-store';
import { useDeleteWithUndo } from './use-delete-with-undo';

function DeletedRow({ entry, onRestore }: { entry: DeletedEntry; onRestore: () => Promise<void> }) {
  const [restoring, setRestoring] = useState(false);
  const restore = async () => {
    setRestoring(true);
    await onRestore();
    // On success the row leaves the list; on a refusal the notice says why and the row stays.
    setRestoring(false);
  };
  return (
    <ListItem
      divider
      sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}
    >
      <Stack spacing={0.25} sx={{ minWidth: 0, flex: '1 1 20rem' }}>
        <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{entry.name}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          Deleted {formatDateTime(entry.deletedAt)}
          {entry.flagKey && (
            <>
              {' · flag '}
              <code>{entry.flagKey}</code>
              {entry.flagTurnedOff ? ' (turned off by the delete)' : ''}
            </>
          )}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          color="inherit"
          onClick={() => forgetDeleted(entry.projectId, entry.id)}
          disabled={restoring}
          aria-label={`Remove from list “${entry.name}”`}
        >
          Remove from list
        </Button>
        <Button
          size="small"
          variant="outlined"
          onClick={() => void restore()}
          loading={restoring}
          aria-label={`Restore “${entry.name}”`}
        >
          Restore
        </Button>
      </Stack>
    </ListItem>
  );
}

/**
 * What this browser deleted in the current project lately. PostHog lists no deleted experiments, so this
 * is the only way back to one after its Undo has gone.
 */
export function RecentlyDeletedList() {
  const { entries, projectId } = useRecentlyDeleted();
  const { restore } = useDeleteWithUndo();
  // The list is kept per project: until the project is known, there is nothing to read yet.
  if (projectId === undefined) return <ProgressBar aria-label="Loading the list" />;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
        PostHog does not list deleted experiments, so this page shows the ones deleted from this
        browser in the last {KEEP_DAYS} days. Restoring brings one back as it was, with its flag,
        metrics and history; a flag turned off by the delete stays off until you turn it on.
      </Typography>
      {entries.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography>
            Nothing was deleted from this browser in the last {KEEP_DAYS} days.
          </Typography>
        </Paper>
      ) : (
        <Paper variant="outlined">
          <List aria-label="Recently deleted experiments" disablePadding>
            {entries.map((entry) => (
              <DeletedRow key={entry.id} entry={entry} onRestore={() => restore(entry, false)} />
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
