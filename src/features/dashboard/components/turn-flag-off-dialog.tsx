import ToggleOffOutlined from '@mui/icons-material/ToggleOffOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Experiment } from '@/shared';
import { servingNow } from '@/shared/rules/serving-now';
import { paths } from '@/lib/paths';

interface TurnFlagOffDialogProps {
  experiment: Experiment;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Says who is served what now, and what they get once the flag is off, before switching it. Labelled by its
 * title and described by its first sentence, like the experiment page's dialogs (features do not share
 * components, so this is its own small frame).
 */
export function TurnFlagOffDialog({ experiment, onConfirm, onClose }: TurnFlagOffDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const key = experiment.feature_flag?.key ?? experiment.feature_flag_key;
  const serving = servingNow(experiment.feature_flag).sentence;
  return (
    <Dialog
      open
      onClose={onClose}
      // The panel moves focus itself: the button that opened this may be gone once the flag is off.
      disableRestoreFocus
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id={titleId}>Turn feature flag off</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={descriptionId} sx={{ overflowWrap: 'anywhere' }}>
            “{experiment.name}” has ended, but its feature flag <code>{key}</code> still serves{' '}
            {serving}.
          </DialogContentText>
          <Typography variant="body2">
            Once it is off, every user gets the default experience: the code path your app runs when
            the flag is off. The experiment, its results and its conclusion stay as they are, and
            you can turn the flag back on from the experiment page.
          </Typography>
          <Typography variant="body2">
            To keep one variant for everyone instead,{' '}
            <Link
              component={RouterLink}
              to={`${paths.experiment.getHref(experiment.id)}?action=ship`}
            >
              ship it from the experiment page
            </Link>
            .
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" startIcon={<ToggleOffOutlined />} onClick={onConfirm}>
          Turn flag off
        </Button>
      </DialogActions>
    </Dialog>
  );
}
