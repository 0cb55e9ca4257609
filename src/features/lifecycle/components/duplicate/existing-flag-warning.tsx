import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { servingNow, type FeatureFlag } from '@/shared';

/**
 * Typing the key of a flag that exists makes the copy share that flag rather than get its own: say so,
 * what the flag serves now, and what sharing means, before anything is created.
 */
export function ExistingFlagWarning({
  flag,
  originalKey,
}: {
  flag: FeatureFlag;
  originalKey: string;
}) {
  if (flag.key === originalKey) {
    return (
      <Alert severity="warning">
        <AlertTitle>This is the original’s own flag</AlertTitle>
        The copy will share <code>{flag.key}</code> with this experiment, as “Reuse the same flag”
        does: launching, pausing or shipping either one changes what users of the other see.
      </Alert>
    );
  }
  const usedBy = flag.experiment_set?.length ?? 0;
  return (
    <Alert severity="warning">
      <AlertTitle>A flag with this key already exists</AlertTitle>
      The copy will share <code>{flag.key}</code> instead of getting a new flag, and that flag’s
      variants win over the copied split.
      <Box component="span" sx={{ display: 'block', my: 0.5 }}>
        Serving now: {servingNow(flag).sentence}
      </Box>
      {usedBy > 0 &&
        `${usedBy} other experiment${usedBy === 1 ? ' uses' : 's use'} it: launching, pausing or shipping the copy changes what their users see. `}
      Type another key for a flag of its own.
    </Alert>
  );
}
