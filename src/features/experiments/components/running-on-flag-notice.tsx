import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { errorMessage } from '@/lib/api-error';
import type { RunningOnFlagCheck } from '../hooks/use-running-on-flag-check';
import { ExperimentNameLinks } from './experiment-name-links';

interface RunningOnFlagNoticeProps {
  check: RunningOnFlagCheck;
  flagKey: string;
}

/**
 * What a "Turn flag off" dialog says while it asks whether a running experiment shares the flag, if asking
 * failed, and its refusal: who would be paused, each a link to where it can be ended or paused on purpose.
 */
export function RunningOnFlagNotice({ check, flagKey }: RunningOnFlagNoticeProps) {
  const { checking, error, sharedWith, retry } = check;
  if (checking)
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        Checking whether a running experiment uses this flag…
      </Typography>
    );
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            Try again
          </Button>
        }
      >
        Could not check whether a running experiment uses this flag, so it stays on:{' '}
        {errorMessage(error)}
      </Alert>
    );
  if (!sharedWith) return null;
  const one = sharedWith.count === 1;
  return (
    <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
      The flag <code>{flagKey}</code> cannot be turned off from here: it also runs{' '}
      <ExperimentNameLinks experiments={sharedWith.experiments} total={sharedWith.count} />, and
      turning it off would pause {one ? 'that experiment' : 'those experiments'}. End or pause{' '}
      {one ? 'it' : 'them'} first, on {one ? 'its' : 'their'} experiment page.
    </Alert>
  );
}
