import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { formatDateTime } from '@/lib/format-date';
import type { Experiment } from '@/shared';
import type { EditorDraft } from './draft-storage';

interface DraftRestoreBannerProps {
  draft: EditorDraft;
  /** The experiment as loaded now, to tell whether it moved since the draft was made. */
  current: Experiment | undefined;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers back the form this tab did not save (after a reload, a crash or leaving the page). */
export function DraftRestoreBanner({
  draft,
  current,
  onRestore,
  onDiscard,
}: DraftRestoreBannerProps) {
  const moved = Boolean(current && draft.base && draft.base.updated_at !== current.updated_at);
  return (
    <Alert
      severity="info"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={onDiscard}>
            Discard
          </Button>
          <Button color="inherit" size="small" variant="outlined" onClick={onRestore}>
            Restore
          </Button>
        </Stack>
      }
    >
      <AlertTitle>You have unsaved changes</AlertTitle>
      This tab kept the changes you had not saved ({formatDateTime(draft.savedAt) ?? 'earlier'}).
      {moved &&
        ' The experiment has been changed since; when you save, you will see what changed and choose.'}
    </Alert>
  );
}
