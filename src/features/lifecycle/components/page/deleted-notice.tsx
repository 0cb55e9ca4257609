import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import type { Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { KEEP_DAYS } from '@/features/experiments/utils/recently-deleted';

interface DeletedNoticeProps {
  experiment: Experiment;
  /** The delete turned the flag off: Undo turns it back on too. */
  flagTurnedOff: boolean;
  onUndo: () => void;
  /** The delete is still being sent, or the restore is: Undo waits for it. */
  busy: boolean;
  /** The delete dialog is still open over the notice; focus moves here once it has closed. */
  dialogOpen: boolean;
}

/** What is left of the page after a delete: PostHog's delete is a soft one, so Undo really restores. */
export function DeletedNotice(props: DeletedNoticeProps) {
  const { experiment, flagTurnedOff, onUndo, busy, dialogOpen } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The menu item that was focused is gone; start the reader at the news instead of the page top.
  useEffect(() => {
    if (!dialogOpen) headingRef.current?.focus();
  }, [dialogOpen]);
  const key = experiment.feature_flag?.key;
  return (
    <Stack spacing={2} sx={{ maxWidth: '75ch' }}>
      <title>{`Deleted: ${experiment.name} · Experiment Console`}</title>
      <Typography
        ref={headingRef}
        tabIndex={-1}
        variant="h4"
        component="h1"
        sx={{ '&:focus': { outline: 'none' } }}
      >
        Experiment deleted
      </Typography>
      <Alert
        severity="info"
        // The snackbar already announces the delete; this lasting copy should not interrupt again.
        role="status"
        action={
          <Button color="inherit" size="small" onClick={onUndo} loading={busy}>
            Undo
          </Button>
        }
      >
        <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
          “{experiment.name}” no longer appears in any list. Undo restores it as it was, with its
          flag, metrics and history
          {flagTurnedOff && key ? `, and turns its flag ${key} back on` : ''}.
        </Typography>
      </Alert>
      <Typography variant="body2" color="text.secondary">
        Later, find it under{' '}
        <Link component={RouterLink} to={paths.recentlyDeleted.getHref()}>
          Recently deleted
        </Link>
        , kept in this browser for {KEEP_DAYS} days.
      </Typography>
    </Stack>
  );
}
